package uk.nhs.patientsafety.goodfixture.read.widgetcount;

import uk.nhs.patientsafety.goodfixture.events.WidgetEvent;

/** Fixture: a second view, independent of the first. */
public class WidgetCount {

    private long count;

    public void on(WidgetEvent.WidgetMade event) {
        count++;
    }
}
