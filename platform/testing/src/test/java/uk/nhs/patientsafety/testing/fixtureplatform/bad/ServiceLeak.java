package uk.nhs.patientsafety.testing.fixtureplatform.bad;

import uk.nhs.patientsafety.goodfixture.events.WidgetEvent.WidgetMade;

/** Breaks: platform code imports a service. */
public final class ServiceLeak {

    private ServiceLeak() {}

    public static String id(WidgetMade event) {
        return event.widgetId();
    }
}
