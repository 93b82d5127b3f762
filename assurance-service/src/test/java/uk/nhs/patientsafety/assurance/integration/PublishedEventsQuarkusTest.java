package uk.nhs.patientsafety.assurance.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.assurance.fixtures.Api;
import uk.nhs.patientsafety.assurance.fixtures.ContractSchemas;
import uk.nhs.patientsafety.assurance.fixtures.IncidentFeed;
import uk.nhs.patientsafety.assurance.fixtures.Journeys;
import uk.nhs.patientsafety.contracts.ContractCatalogue;
import uk.nhs.patientsafety.contracts.Topics;
import uk.nhs.patientsafety.contracts.assurance.AssuranceEvent;
import uk.nhs.patientsafety.contracts.incident.InvestigationReportSubmitted;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;

/**
 * What leaves the service on {@code assurance.events.v1}: every catalogued assurance case event, each valid against its
 * schema in {@code platform/contracts}, with its CloudEvents headers, and none of the review's free text or names.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class PublishedEventsQuarkusTest {

    static final TestUser QWU_LEAD = TestUser.icbQualityLead("QWU");
    static final List<String> FREE_TEXT = List.of(
            "Dr Ada Reviewer",
            "Associate Medical Director",
            "Thorough report",
            "Action 3 has no date",
            "Evidence of family contact",
            "No letter to the family",
            "Third similar SI",
            "Reviewed at CQRG quarterly",
            "Good report");

    KafkaTestClient kafka;
    IncidentFeed feed;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
        feed = new IncidentFeed(kafka);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    /** A report received {@code daysAgo} days ago: its review is nearly due, or already overdue. */
    private String receivedDaysAgo(int daysAgo) {
        String incident = IncidentFeed.newIncident();
        feed.send(
                UUID.randomUUID().toString(),
                InvestigationReportSubmitted.TYPE,
                incident,
                IncidentFeed.reportSubmitted(
                        incident, "RKB", "SIF2015", Instant.now().minus(Duration.ofDays(daysAgo))),
                IncidentFeed.SOURCE);
        return IncidentFeed.caseOf(incident);
    }

    @Test
    void everyPublishedEventMatchesItsSchemaAndCarriesIdsCodesAndDatesOnly() {
        String closed = Journeys.reviewed(feed, "RKB", QWU_LEAD);
        String incident =
                Api.get(QWU_LEAD, "/assurance/cases/" + closed).then().extract().path("incidentId");
        Api.act(QWU_LEAD, closed, "request-further-information", Map.of("request", "Evidence of family contact."))
                .then()
                .statusCode(200);
        feed.submitReport(incident, "RKB");
        org.awaitility.Awaitility.await().atMost(Api.PATIENCE).until(() -> "in_review"
                .equals(Api.get(QWU_LEAD, "/assurance/cases/" + closed)
                        .then()
                        .extract()
                        .path("status")));
        Api.act(QWU_LEAD, closed, "record-review", Api.REVIEW).then().statusCode(200);
        Api.act(
                        QWU_LEAD,
                        closed,
                        "refuse-closure",
                        Map.of("reasonCodes", List.of("family_not_involved"), "comments", "No letter to the family."))
                .then()
                .statusCode(200);
        Api.act(
                        QWU_LEAD,
                        closed,
                        "escalate-to-quality-forum",
                        Map.of("forum", "cqrg", "reason", "Third similar SI this year."))
                .then()
                .statusCode(200);
        Api.act(QWU_LEAD, closed, "agree-closure", Map.of("comments", "Good report."))
                .then()
                .statusCode(200);
        String nearlyDue = receivedDaysAgo(19);
        String overdue = receivedDaysAgo(25);

        Set<String> cases = Set.of(closed, nearlyDue, overdue);
        Set<String> expected = ContractCatalogue.entries().stream()
                .filter(e -> e.topic().equals(Topics.ASSURANCE_EVENTS))
                // A case's events (the safety actions' are checked in AssurancePublishedEventsTest).
                .filter(e -> AssuranceEvent.class.isAssignableFrom(e.payload()))
                .map(ContractCatalogue.Entry::type)
                .collect(Collectors.toSet());
        java.util.List<ConsumerRecord<String, String>> seen = new java.util.ArrayList<>();
        kafka.await(Topics.ASSURANCE_EVENTS, Api.PATIENCE, r -> {
            if (cases.contains(r.key())) {
                seen.add(r);
            }
            return seen.stream()
                    .map(s -> KafkaTestClient.header(s, "ce_type"))
                    .collect(Collectors.toSet())
                    .containsAll(expected);
        });

        for (ConsumerRecord<String, String> record : seen) {
            String type = KafkaTestClient.header(record, "ce_type");
            assertThat(ContractSchemas.violations(type, record.value()))
                    .as(type)
                    .isEmpty();
            assertThat(KafkaTestClient.header(record, "ce_source")).isEqualTo("/assurance-service");
            assertThat(KafkaTestClient.header(record, "ce_subject")).isEqualTo(record.key());
            assertThat(KafkaTestClient.header(record, "ce_id")).isNotBlank();
            assertThat(KafkaTestClient.header(record, "ce_time")).isNotBlank();
            assertThat(KafkaTestClient.header(record, "content-type")).isEqualTo("application/json");
            for (String text : FREE_TEXT) {
                assertThat(record.value()).as(type).doesNotContain(text);
            }
        }
        assertThat(seen.stream().filter(r -> r.key().equals(overdue)).map(r -> KafkaTestClient.header(r, "ce_type")))
                .contains("assurance.DeadlineBreached.v1");
        assertThat(seen.stream().filter(r -> r.key().equals(nearlyDue)).map(r -> KafkaTestClient.header(r, "ce_type")))
                .contains("assurance.DeadlineApproaching.v1")
                .doesNotContain("assurance.DeadlineBreached.v1");
    }
}
