package uk.nhs.patientsafety.goodfixture.read.widgets;

import uk.nhs.patientsafety.goodfixture.events.WidgetEvent;
import uk.nhs.patientsafety.goodfixture.events.WidgetStatus;

/** Fixture: projection built from events alone. */
public class WidgetProjection {

    public WidgetStatus on(WidgetEvent event) {
        return WidgetStatus.after(event);
    }
}
