package uk.nhs.patientsafety.contracts;

import java.time.Instant;
import java.util.Objects;

/** The CloudEvents 1.0 context attributes the platform sets on every published event. */
public record CloudEventAttributes(String id, String type, String source, String subject, Instant time) {

    public CloudEventAttributes {
        requireText(id, "id");
        requireText(type, "type");
        requireText(source, "source");
        requireText(subject, "subject");
        Objects.requireNonNull(time, "time");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidCloudEventException("CloudEvents attribute '" + name + "' is missing");
        }
    }
}
