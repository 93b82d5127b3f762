package uk.nhs.patientsafety.summit.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static uk.nhs.patientsafety.summit.fixtures.Api.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.contracts.Topics;
import uk.nhs.patientsafety.contracts.incident.IncidentReported;
import uk.nhs.patientsafety.contracts.incident.SeriousIncidentDeclared;
import uk.nhs.patientsafety.summit.fixtures.IncidentEvents;
import uk.nhs.patientsafety.summit.fixtures.Times;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.StoredRows;
import uk.nhs.patientsafety.testing.TestTokenResource;

/**
 * Automatic quality concerns from {@code incident.events.v1}, on real PostgreSQL and Kafka, with events built from
 * incident-service's schema examples: a never event raises a concern its ICB sees and another ICB does not; a repeat
 * of serious incidents at one provider within the rule's window raises one; each event has its effect once.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class IncidentInboundQuarkusTest {

    @Inject
    AgroalDataSource dataSource;

    KafkaTestClient kafka;
    StoredRows db;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
        db = new StoredRows(dataSource);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    private long concernsLinking(String incidentId) {
        return db.count("SELECT count(*) FROM concern_view WHERE ? = ANY(linked_incidents)", incidentId);
    }

    private String concernLinking(String incidentId) {
        await().atMost(PATIENCE).until(() -> concernsLinking(incidentId) > 0);
        return db.strings("SELECT concern_id FROM concern_view WHERE ? = ANY(linked_incidents)", incidentId)
                .get(0);
    }

    @Test
    void aNeverEventAtAProviderRaisesAConcernItsIcbSeesAndAnotherIcbDoesNot() {
        String incident = UUID.randomUUID().toString();
        IncidentEvents.publish(
                kafka,
                UUID.randomUUID().toString(),
                IncidentReported.TYPE,
                IncidentEvents.neverEventReported(incident, "RT5"));

        String concern = concernLinking(incident);
        get(QK1, "/concerns/" + concern)
                .then()
                .statusCode(200)
                .body("providerOds", equalTo("RT5"))
                .body("raisedByOds", equalTo("QK1"))
                .body("source", equalTo("never_event"))
                .body("rule", equalTo("never_event"))
                .body("status", equalTo("raised"))
                .body("linkedIncidents", equalTo(List.of(incident)));
        get(QK1, "/concerns?providerOds=RT5&source=never_event").then().body("items.id", hasItem(concern));
        get(QWU, "/concerns/" + concern).then().statusCode(404);
        get(QWU, "/concerns").then().statusCode(200).body("items.id", not(hasItem(concern)));
        get(RT5_LEAD, "/concerns/" + concern).then().statusCode(404);
    }

    @Test
    void aRedeliveredEventRaisesNoSecondConcernAndAnOrdinaryIncidentRaisesNone() {
        String incident = UUID.randomUUID().toString();
        String ordinary = UUID.randomUUID().toString();
        String ceId = UUID.randomUUID().toString();
        var event = IncidentEvents.neverEventReported(incident, "RT5");
        IncidentEvents.publish(kafka, ceId, IncidentReported.TYPE, event);
        IncidentEvents.publish(kafka, ceId, IncidentReported.TYPE, event);
        // Same key, so the same partition, in order: once the marker's concern exists both copies were handled.
        IncidentEvents.publish(
                kafka,
                UUID.randomUUID().toString(),
                IncidentReported.TYPE,
                incident,
                IncidentEvents.reportedWithoutNeverEvent(ordinary, "RT5").toString(),
                "/incident-service");
        String marker = UUID.randomUUID().toString();
        IncidentEvents.publish(
                kafka,
                UUID.randomUUID().toString(),
                IncidentReported.TYPE,
                incident,
                IncidentEvents.neverEventReported(marker, "RT5").toString(),
                "/incident-service");

        concernLinking(marker);
        assertThat(concernsLinking(incident)).isEqualTo(1);
        assertThat(concernsLinking(ordinary)).isZero();
    }

    @Test
    void aSecondSeriousIncidentWithinTheWindowRaisesOneConcernLinkingBoth() {
        // RJ1 is this test's alone. The rule in force: 2 SIs within 90 calendar days.
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String third = UUID.randomUUID().toString();
        String late = UUID.randomUUID().toString();
        String lateSecond = UUID.randomUUID().toString();
        declare(first, LocalDate.of(2026, 6, 1));
        declare(second, LocalDate.of(2026, 7, 1));
        declare(third, LocalDate.of(2026, 7, 15));
        declare(late, LocalDate.of(2026, 11, 1)); // 93 days after 1 Aug: only itself within the window
        declare(lateSecond, LocalDate.of(2026, 11, 20));

        String concern = concernLinking(lateSecond);
        String earlier = concernLinking(second);
        assertThat(db.strings(
                        "SELECT array_to_string(linked_incidents, ',') || '|' || rule || '|' || source"
                                + " FROM concern_view WHERE concern_id = ?",
                        earlier))
                .containsExactly(first + "," + second + "|repeat_serious_incidents|si_trend");
        assertThat(db.strings(
                        "SELECT array_to_string(linked_incidents, ',') FROM concern_view WHERE concern_id = ?",
                        concern))
                .containsExactly(late + "," + lateSecond);
        assertThat(
                        db.count(
                                "SELECT count(*) FROM concern_view WHERE provider_ods = 'RJ1' AND rule = 'repeat_serious_incidents'"))
                .as("the third inside the first window raised nothing more")
                .isEqualTo(2);
        get(QKK, "/concerns/" + concern).then().statusCode(200).body("raisedByOds", equalTo("QKK"));
    }

    private void declare(String incident, LocalDate identifiedOn) {
        IncidentEvents.publish(
                kafka,
                UUID.randomUUID().toString(),
                SeriousIncidentDeclared.TYPE,
                // One key for all, so they are consumed in order.
                "rj1-sis",
                IncidentEvents.seriousIncidentDeclared(incident, "RJ1", Times.at(identifiedOn, 10))
                        .toString(),
                "/incident-service");
    }

    @Test
    void anUnreadableEventOrOneFromAnotherSourceGoesToTheDeadLetterQueue() {
        String key = UUID.randomUUID().toString();
        IncidentEvents.publish(
                kafka, UUID.randomUUID().toString(), IncidentReported.TYPE, key, "{not json", "/incident-service");
        ConsumerRecord<String, String> unreadable =
                kafka.await(Topics.INCIDENT_EVENTS + ".dlq", PATIENCE, r -> key.equals(r.key()));
        assertThat(KafkaTestClient.header(unreadable, "dead-letter-reason")).isNotBlank();

        String forged = UUID.randomUUID().toString();
        IncidentEvents.publish(
                kafka,
                UUID.randomUUID().toString(),
                IncidentReported.TYPE,
                forged,
                IncidentEvents.neverEventReported(forged, "RT5").toString(),
                "/assurance-service");
        ConsumerRecord<String, String> refused =
                kafka.await(Topics.INCIDENT_EVENTS + ".dlq", PATIENCE, r -> forged.equals(r.key()));
        assertThat(KafkaTestClient.header(refused, "dead-letter-reason")).contains("/incident-service");
        assertThat(concernsLinking(forged)).isZero();
    }
}
