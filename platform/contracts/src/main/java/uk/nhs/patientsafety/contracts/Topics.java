package uk.nhs.patientsafety.contracts;

import java.util.List;

/** Every topic the platform publishes to, named {@code <context>.<stream>.v<major>}. */
public final class Topics {

    public static final String INCIDENT_EVENTS = "incident.events.v1";
    public static final String ASSURANCE_EVENTS = "assurance.events.v1";
    public static final String SUMMIT_EVENTS = "summit.events.v1";
    public static final String ESCALATION_EVENTS = "escalation.events.v1";
    public static final String CANDOUR_EVENTS = "candour.events.v1";
    public static final String NOTIFICATION_EVENTS = "notification.events.v1";

    private static final List<String> ALL = List.of(
            INCIDENT_EVENTS, ASSURANCE_EVENTS, SUMMIT_EVENTS, ESCALATION_EVENTS, CANDOUR_EVENTS, NOTIFICATION_EVENTS);

    private Topics() {}

    public static List<String> all() {
        return ALL;
    }

    /** Where a consumer puts what it cannot process. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }
}
