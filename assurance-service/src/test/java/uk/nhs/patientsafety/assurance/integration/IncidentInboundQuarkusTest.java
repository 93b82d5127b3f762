package uk.nhs.patientsafety.assurance.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.assurance.fixtures.Api;
import uk.nhs.patientsafety.assurance.fixtures.Database;
import uk.nhs.patientsafety.assurance.fixtures.IncidentFeed;
import uk.nhs.patientsafety.contracts.Topics;
import uk.nhs.patientsafety.contracts.incident.InvestigationReportSubmitted;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;

/**
 * incident-service's {@code InvestigationReportSubmitted}, built from its schema example, consumed through the
 * platform's router: one effect per {@code ce_id}, only from incident-service, and what cannot be applied goes to
 * {@code incident.events.v1.dlq} with its reason.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class IncidentInboundQuarkusTest {

    static final String DLQ = Topics.INCIDENT_EVENTS + ".dlq";

    @Inject
    AgroalDataSource dataSource;

    KafkaTestClient kafka;
    IncidentFeed feed;
    Database db;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
        feed = new IncidentFeed(kafka);
        db = new Database(dataSource);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    private String submitted(String incident, String provider, String framework) {
        return IncidentFeed.reportSubmitted(incident, provider, framework, Instant.now());
    }

    @Test
    void aRedeliveredReportHasNoSecondEffect() {
        String incident = IncidentFeed.newIncident();
        String caseId = IncidentFeed.caseOf(incident);
        String ceId = UUID.randomUUID().toString();
        String json = submitted(incident, "RKB", "SIF2015");

        feed.send(ceId, InvestigationReportSubmitted.TYPE, incident, json, IncidentFeed.SOURCE);
        feed.send(ceId, InvestigationReportSubmitted.TYPE, incident, json, IncidentFeed.SOURCE);
        // A marker the consumer refuses, sent last on the same key (same partition, in order): once it is
        // dead-lettered both copies have been handled.
        String marker = feed.send(
                UUID.randomUUID().toString(),
                InvestigationReportSubmitted.TYPE,
                incident,
                "{not json",
                IncidentFeed.SOURCE);
        List<String> refused = new ArrayList<>();
        kafka.await(DLQ, Api.PATIENCE, r -> {
            if (!incident.equals(r.key())) {
                return false;
            }
            refused.add(KafkaTestClient.header(r, "ce_id"));
            return marker.equals(KafkaTestClient.header(r, "ce_id"));
        });

        assertThat(refused).containsExactly(marker);
        assertThat(db.events(caseId, "AssuranceCaseOpened")).isEqualTo(1);
        assertThat(db.events(caseId, "ReportResubmitted"))
                .as("the copy was not taken for a resubmission")
                .isZero();
        assertThat(db.strings("SELECT provider_ods FROM case_owner WHERE case_id = ?", caseId))
                .containsExactly("RKB");
    }

    @Test
    void aReportFromAnyoneButIncidentServiceIsRefusedWithItsReason() {
        String incident = IncidentFeed.newIncident();

        feed.send(
                UUID.randomUUID().toString(),
                InvestigationReportSubmitted.TYPE,
                incident,
                submitted(incident, "RKB", "SIF2015"),
                "/summit-service");

        ConsumerRecord<String, String> refused = kafka.await(DLQ, Api.PATIENCE, r -> incident.equals(r.key()));
        assertThat(KafkaTestClient.header(refused, "dead-letter-reason")).contains("/incident-service");
        assertThat(db.events(IncidentFeed.caseOf(incident), "AssuranceCaseOpened"))
                .isZero();
    }

    @Test
    void aReportOfAProviderWithNoKnownLeadCommissionerIsDeadLettered() {
        String incident = IncidentFeed.newIncident();

        feed.send(
                UUID.randomUUID().toString(),
                InvestigationReportSubmitted.TYPE,
                incident,
                submitted(incident, "RZZ", "SIF2015"),
                IncidentFeed.SOURCE);

        ConsumerRecord<String, String> refused = kafka.await(DLQ, Api.PATIENCE, r -> incident.equals(r.key()));
        assertThat(KafkaTestClient.header(refused, "dead-letter-reason")).contains("no lead commissioner");
        assertThat(db.count("SELECT count(*) FROM case_owner WHERE incident_id = ?", incident))
                .as("the owner row rolled back with the refusal")
                .isZero();
    }

    @Test
    void aPsirfReportOpensNoCaseWithoutASharingAgreement() {
        String psirf = IncidentFeed.newIncident();
        String ceId = feed.send(
                UUID.randomUUID().toString(),
                InvestigationReportSubmitted.TYPE,
                psirf,
                submitted(psirf, "RT5", "PSIRF2022"),
                IncidentFeed.SOURCE);

        // Handled (and recorded as processed) with no effect.
        await().atMost(Api.PATIENCE)
                .until(() -> db.count("SELECT count(*) FROM processed_message WHERE message_id = ?", ceId) == 1);
        assertThat(db.events(IncidentFeed.caseOf(psirf), "AssuranceCaseOpened")).isZero();
        assertThat(db.count("SELECT count(*) FROM case_owner WHERE incident_id = ?", psirf))
                .isZero();
    }
}
