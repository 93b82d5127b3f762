package uk.nhs.patientsafety.incident.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.contracts.CloudEventAttributes;
import uk.nhs.patientsafety.contracts.CloudEvents;
import uk.nhs.patientsafety.contracts.ContractJson;
import uk.nhs.patientsafety.contracts.Topics;
import uk.nhs.patientsafety.contracts.assurance.ClosureAgreed;
import uk.nhs.patientsafety.contracts.assurance.FurtherInformationRequested;
import uk.nhs.patientsafety.incident.fixtures.Api;
import uk.nhs.patientsafety.incident.fixtures.Database;
import uk.nhs.patientsafety.incident.fixtures.Journeys;
import uk.nhs.patientsafety.incident.fixtures.Reports;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;

/** The commissioner's assurance decisions, consumed from {@code assurance.events.v1}, move serious incidents on. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class AssuranceInboundQuarkusTest {

    static final TestUser RKB_LEAD = TestUser.providerPatientSafetyLead("RKB");
    static final Duration PATIENCE = Api.PATIENCE;

    @Inject
    AgroalDataSource dataSource;

    KafkaTestClient kafka;
    Database db;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
        db = new Database(dataSource);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    private void publish(String ceId, String type, Object payload, String incidentId) {
        publish(ceId, type, payload, incidentId, "/assurance-service");
    }

    private void publish(String ceId, String type, Object payload, String incidentId, String source) {
        kafka.send(
                Topics.ASSURANCE_EVENTS,
                incidentId,
                write(payload),
                CloudEvents.toHeaders(new CloudEventAttributes(ceId, type, source, incidentId, Instant.now())));
    }

    private static String write(Object payload) {
        try {
            return ContractJson.mapper().writeValueAsString(payload);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String status(String id) {
        return db.strings("SELECT status FROM incident_view WHERE incident_id = ?", id).stream()
                .findFirst()
                .orElse(null);
    }

    @Test
    void closureAgreedClosesTheSeriousIncident() {
        String id = Journeys.awaitingAssurance(RKB_LEAD);

        publish(
                UUID.randomUUID().toString(),
                ClosureAgreed.TYPE,
                new ClosureAgreed("case-1", id, "RKB", "QWU", Instant.now()),
                id);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(status(id)).isEqualTo("closed"));
        assertThat(db.strings(
                        "SELECT meta_data->>'actorOrg' FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload_type LIKE '%SeriousIncidentClosed'",
                        id))
                .containsExactly("QWU");
    }

    @Test
    void aRedeliveredRequestHasNoSecondEffect() {
        String id = Journeys.awaitingAssurance(RKB_LEAD);
        String ceId = UUID.randomUUID().toString();
        FurtherInformationRequested request =
                new FurtherInformationRequested("case-2", id, "RKB", "QWU", Instant.now());

        publish(ceId, FurtherInformationRequested.TYPE, request, id);
        publish(ceId, FurtherInformationRequested.TYPE, request, id);
        // Applied twice, the second request would be refused (the incident is back under investigation) and
        // dead-lettered. A marker the incident refuses too, sent last on the same key (so the same partition, in
        // order), tells when both copies have been handled.
        String marker = UUID.randomUUID().toString();
        publish(marker, ClosureAgreed.TYPE, new ClosureAgreed("case-2", id, "RKB", "QWU", Instant.now()), id);

        // The incident's dead letters share a partition and keep their order: a refused copy would come before the
        // marker, so reading up to the marker reads every one of them (no time window to guess).
        List<String> refused = new ArrayList<>();
        kafka.await(Topics.ASSURANCE_EVENTS + ".dlq", PATIENCE, r -> {
            if (!id.equals(r.key())) {
                return false;
            }
            refused.add(KafkaTestClient.header(r, "ce_id"));
            return marker.equals(KafkaTestClient.header(r, "ce_id"));
        });
        assertThat(refused)
                .as("only the marker was refused: the copy had no effect at all")
                .containsExactly(marker);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(status(id)).isEqualTo("under_investigation"));
        assertThat(db.count(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload_type LIKE '%FurtherInformationRequested'",
                        id))
                .isEqualTo(1);
    }

    @Test
    void aDeadLetteredDecisionCanBeReplayedOnceTheIncidentCanTakeIt() {
        String id = Api.reported(RKB_LEAD, Reports.incident("RKB"));
        String ceId = UUID.randomUUID().toString();
        FurtherInformationRequested early = new FurtherInformationRequested("case-4", id, "RKB", "QWU", Instant.now());
        publish(ceId, FurtherInformationRequested.TYPE, early, id);
        kafka.await(Topics.ASSURANCE_EVENTS + ".dlq", PATIENCE, r -> id.equals(r.key()));
        Journeys.toAwaitingAssurance(RKB_LEAD, id);

        Api.as(TestUser.platformAdmin())
                .post("/admin/dead-letters/" + Topics.ASSURANCE_EVENTS + "/replay")
                .then()
                .statusCode(200);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(status(id)).isEqualTo("under_investigation"));
    }

    @Test
    void aClosureFromAnyoneButAssuranceServiceIsRefusedWithItsReason() {
        String id = Journeys.awaitingAssurance(RKB_LEAD);

        publish(
                UUID.randomUUID().toString(),
                ClosureAgreed.TYPE,
                new ClosureAgreed("case-5", id, "RKB", "QWU", Instant.now()),
                id,
                "/summit-service");

        ConsumerRecord<String, String> refused =
                kafka.await(Topics.ASSURANCE_EVENTS + ".dlq", PATIENCE, r -> id.equals(r.key()));
        assertThat(KafkaTestClient.header(refused, "dead-letter-reason")).contains("/assurance-service");
        assertThat(closures(id)).isZero();
    }

    @Test
    void aClosureByACommissionerWhoIsNotTheLeadIsRefused() {
        String id = Journeys.awaitingAssurance(RKB_LEAD);

        // QHL is a responsible commissioner of RKB, not its lead (QWU): it may see the SI but not close it.
        publish(
                UUID.randomUUID().toString(),
                ClosureAgreed.TYPE,
                new ClosureAgreed("case-6", id, "RKB", "QHL", Instant.now()),
                id);

        ConsumerRecord<String, String> refused =
                kafka.await(Topics.ASSURANCE_EVENTS + ".dlq", PATIENCE, r -> id.equals(r.key()));
        assertThat(KafkaTestClient.header(refused, "dead-letter-reason")).contains("lead commissioner");
        assertThat(closures(id)).isZero();
    }

    private long closures(String id) {
        return db.count(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                        + " AND payload_type LIKE '%SeriousIncidentClosed'",
                id);
    }

    @Test
    void aDecisionTheIncidentCannotTakeGoesToTheDeadLetterQueue() {
        String id = Api.reported(RKB_LEAD, Reports.incident("RKB"));

        publish(
                UUID.randomUUID().toString(),
                ClosureAgreed.TYPE,
                new ClosureAgreed("case-3", id, "RKB", "QWU", Instant.now()),
                id);

        kafka.await(Topics.ASSURANCE_EVENTS + ".dlq", PATIENCE, r -> id.equals(r.key()));
        assertThat(db.count(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload_type LIKE '%SeriousIncidentClosed'",
                        id))
                .isZero();
        // The read model is behind the event store: wait for it to show the incident at all before comparing.
        await().atMost(PATIENCE).until(() -> status(id) != null);
        assertThat(status(id)).isEqualTo("reported");
    }
}
