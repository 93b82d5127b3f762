package uk.nhs.patientsafety.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;

class CloudEventsTest {

    private final CloudEventAttributes attributes = new CloudEventAttributes(
            "e-1",
            "incident.SeriousIncidentDeclared.v1",
            "/incident-service",
            "inc-1",
            Instant.parse("2026-11-20T10:15:30Z"));

    @Test
    void attributesRoundTripThroughKafkaHeaders() {
        Headers headers = CloudEvents.toHeaders(attributes);

        assertThat(CloudEvents.fromHeaders(headers)).isEqualTo(attributes);
        assertThat(text(headers, "ce_specversion")).isEqualTo("1.0");
        assertThat(text(headers, "content-type")).isEqualTo("application/json");
        assertThat(text(headers, "ce_time")).isEqualTo("2026-11-20T10:15:30Z");
    }

    @Test
    void aMissingHeaderIsNamed() {
        Headers headers = CloudEvents.toHeaders(attributes);
        headers.remove("ce_subject");

        assertThatThrownBy(() -> CloudEvents.fromHeaders(headers))
                .isInstanceOf(InvalidCloudEventException.class)
                .hasMessageContaining("ce_subject");
    }

    @Test
    void aTimeThatIsNotAnInstantIsRefused() {
        Headers headers = CloudEvents.toHeaders(attributes);
        headers.remove("ce_time");
        headers.add("ce_time", "yesterday".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CloudEvents.fromHeaders(headers)).hasMessageContaining("ce_time");
    }

    @Test
    void anotherSpecVersionIsRefused() {
        Headers headers = CloudEvents.toHeaders(attributes);
        headers.remove("ce_specversion");
        headers.add("ce_specversion", "0.3".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CloudEvents.fromHeaders(headers)).hasMessageContaining("0.3");
    }

    @Test
    void typesFollowContextNameVersion() {
        assertThat(CloudEvents.type("incident", "IncidentReported", 1)).isEqualTo("incident.IncidentReported.v1");
        assertThatThrownBy(() -> CloudEvents.type("Incident", "incidentReported", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankAttributesAreRefused() {
        assertThatThrownBy(() -> new CloudEventAttributes("", "t", "s", "x", Instant.now()))
                .isInstanceOf(InvalidCloudEventException.class)
                .hasMessageContaining("id");
    }

    @Test
    void deadLetterTopicsAddDlq() {
        assertThat(Topics.deadLetter(Topics.INCIDENT_EVENTS)).isEqualTo("incident.events.v1.dlq");
    }

    private static String text(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
