package uk.nhs.patientsafety.badfixture.integration.inbound;

import uk.nhs.patientsafety.goodfixture.events.WidgetEvent.WidgetMade;

/** Breaks: a service imports another service's classes (goodfixture's internal event). */
public class WidgetEventsListener {

    public String on(WidgetMade event) {
        return event.widgetId();
    }
}
