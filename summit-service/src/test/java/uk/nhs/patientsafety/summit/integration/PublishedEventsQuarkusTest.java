package uk.nhs.patientsafety.summit.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.patientsafety.summit.fixtures.Api.*;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.contracts.CloudEvents;
import uk.nhs.patientsafety.contracts.Topics;
import uk.nhs.patientsafety.summit.fixtures.Published;
import uk.nhs.patientsafety.summit.fixtures.Summits;
import uk.nhs.patientsafety.testing.ContractSchemas;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;

/**
 * What leaves the service on {@code summit.events.v1} and {@code escalation.events.v1}: every event valid against its
 * published schema, with its CloudEvents headers, and no free text in any of them.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class PublishedEventsQuarkusTest {

    static final String SECRET = "Night checks on ward 3 were missed";

    @Test
    void everyPublishedEventMatchesItsSchemaAndCarriesNoFreeText() {
        String concern = raised(CQC, Map.of("providerOds", "RT5", "source", "cqc", "description", SECRET));
        String path = "/concerns/" + concern;
        act(
                        QK1,
                        path,
                        "screen",
                        Map.of(
                                "outcome",
                                "monitor",
                                "reviewOn",
                                LocalDate.now().plusMonths(1).toString()))
                .then()
                .statusCode(200);
        act(QK1, path, "request-summit", Map.of("format", "risk_summit")).then().statusCode(200);
        String quiet = raised(QK1, Map.of("providerOds", "RKB", "source", "staff", "description", SECRET));
        act(QWU, "/concerns/" + quiet, "screen", Map.of("outcome", "no_action", "reason", SECRET + " (reason)"))
                .then()
                .statusCode(200);

        String summit = Summits.held(QK1, "RT5");
        String summitPath = "/summits/" + summit;
        act(QK1, summitPath, "record-outcomes", Summits.outcomes(true, "RT5"))
                .then()
                .statusCode(200);
        act(
                        QK1,
                        summitPath,
                        "schedule-follow-up",
                        Map.of("heldOn", LocalDate.now().plusWeeks(4).toString()))
                .then()
                .statusCode(200);
        String concluded = Summits.held(QK1, "RT5");
        act(
                        QK1,
                        "/summits/" + concluded,
                        "record-outcomes",
                        Map.of(
                                "actions",
                                List.of(),
                                "escalationDecision",
                                "no_change",
                                "followUpNeeded",
                                false,
                                "communicationsLine",
                                SECRET))
                .then()
                .statusCode(200);
        act(QK1, "/summits/" + concluded, "conclude", Map.of("deescalatedTo", "routine"))
                .then()
                .statusCode(200);

        String escalation = raised(
                QK1, Map.of("direction", "icb_to_region", "providerOds", "RT5", "summary", SECRET), "/escalations");
        String escalationPath = "/escalations/" + escalation;
        act(MIDLANDS, escalationPath, "acknowledge", Map.of()).then().statusCode(200);
        act(
                        MIDLANDS,
                        escalationPath,
                        "respond",
                        Map.of("decision", "accepted", "actions", SECRET + " (actions)", "ownerOds", "Y60"))
                .then()
                .statusCode(200);
        act(QK1, escalationPath, "acknowledge-feedback", Map.of()).then().statusCode(200);
        act(QK1, escalationPath, "close", Map.of()).then().statusCode(200);

        List<ConsumerRecord<String, String>> published = Published.readUntil(
                List.of(Topics.SUMMIT_EVENTS, Topics.ESCALATION_EVENTS),
                Map.of(
                        concern, "summit.QualityConcernScreened.v1",
                        quiet, "summit.QualityConcernScreened.v1",
                        summit, "summit.FollowUpSummitScheduled.v1",
                        concluded, "summit.RiskSummitConcluded.v1",
                        escalation, "escalation.EscalationClosed.v1"));

        Set<String> types = published.stream()
                .map(r -> KafkaTestClient.header(r, CloudEvents.TYPE))
                .collect(Collectors.toSet());
        assertThat(types)
                .contains(
                        "summit.QualityConcernRaised.v1",
                        "summit.QualityConcernScreened.v1",
                        "summit.RiskSummitRequested.v1",
                        "summit.RiskSummitConvened.v1",
                        "summit.RiskSummitHeld.v1",
                        "summit.RiskSummitOutcomeRecorded.v1",
                        "summit.RiskSummitActionAssigned.v1",
                        "summit.FollowUpSummitScheduled.v1",
                        "summit.RiskSummitConcluded.v1",
                        "escalation.EscalationRaised.v1",
                        "escalation.EscalationAcknowledged.v1",
                        "escalation.EscalationResponseIssued.v1",
                        "escalation.EscalationFeedbackAcknowledged.v1",
                        "escalation.EscalationClosed.v1");
        for (ConsumerRecord<String, String> record : published) {
            String type = KafkaTestClient.header(record, CloudEvents.TYPE);
            assertThat(KafkaTestClient.header(record, CloudEvents.SUBJECT)).isEqualTo(record.key());
            assertThat(KafkaTestClient.header(record, CloudEvents.SOURCE)).isEqualTo("/summit-service");
            assertThat(ContractSchemas.violations(type, record.value()))
                    .as(type + " " + record.value())
                    .isEmpty();
            if (type.startsWith("escalation.")) {
                // The gateway's escalation stream is filtered by it.
                assertThat(record.value()).contains("\"region\":\"Y60\"");
            }
            assertThat(record.value())
                    .doesNotContain(SECRET)
                    .doesNotContain("ward")
                    .doesNotContain("Chief Nursing Officer")
                    .doesNotContain("night staffing")
                    .doesNotContain("improvement plan");
        }
        assertThat(published.stream().map(ConsumerRecord::value))
                .anyMatch(v -> v.contains("\"outcome\":\"summit_requested\"") && v.contains("\"region\":\"Y60\""))
                // The outcome names every participant, the provider included, so each can be told (G3).
                .anyMatch(v -> v.contains("\"participantOds\":[") && v.contains("\"RT5\"") && v.contains("\"X26\""));
    }
}
