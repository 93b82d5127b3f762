package uk.nhs.patientsafety.incident.write.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.contracts.CloudEvents;
import uk.nhs.patientsafety.contracts.Topics;
import uk.nhs.patientsafety.incident.fixtures.Api;
import uk.nhs.patientsafety.incident.fixtures.ContractSchemas;
import uk.nhs.patientsafety.incident.fixtures.Database;
import uk.nhs.patientsafety.incident.fixtures.Reports;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;

/**
 * Deadlines are persistent timers in PostgreSQL: set when an SI is declared, breached when they pass unmet, and
 * visible as overdue. (Exact due dates, warnings, stopped clocks and time travel: {@code IncidentTest}.)
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class DeadlinesQuarkusTest {

    static final TestUser RKB_LEAD = TestUser.providerPatientSafetyLead("RKB");
    static final TestUser QWU = TestUser.icbQualityLead("QWU");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anSiIdentifiedLongAgoBreachesItsStEisAndInitialReviewDeadlines() {
        Database db = new Database(dataSource);
        LocalDate occurred = LocalDate.now().minusDays(30);
        Map<String, Object> late = Reports.with(
                Reports.with(Reports.incident("RKB"), "occurredOn", occurred.toString()),
                "identifiedAt",
                occurred.atTime(10, 0).toInstant(ZoneOffset.UTC).toString());
        String id = Api.reported(RKB_LEAD, late);

        Api.act(RKB_LEAD, id, "declare-serious-incident").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(db.strings(
                        "SELECT payload->>'deadlineType' FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload_type LIKE '%DeadlineBreached' ORDER BY sequence_number",
                        id))
                .containsExactlyInAnyOrder("steis_2wd", "initial_review_3wd"));
        assertThat(db.strings(
                        "SELECT meta_data->>'actor' FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload_type LIKE '%DeadlineBreached'",
                        id))
                .containsOnly("platform:clock");
        try (KafkaTestClient kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers())) {
            ConsumerRecord<String, String> breached = kafka.await(
                    Topics.INCIDENT_EVENTS,
                    Duration.ofSeconds(30),
                    r -> id.equals(r.key())
                            && "incident.DeadlineBreached.v1".equals(KafkaTestClient.header(r, CloudEvents.TYPE)));
            assertThat(ContractSchemas.violations("incident.DeadlineBreached.v1", breached.value()))
                    .isEmpty();
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> Api.as(RKB_LEAD)
                .get("/incidents/" + id)
                .then()
                .body("overdue", equalTo(true))
                .body("deadlines.find { it.type == 'steis_2wd' }.state", equalTo("breached")));
        Api.as(QWU)
                .get("/incidents?overdue=true&size=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));

        // Meeting a breached deadline late still stops it counting as overdue.
        Api.act(RKB_LEAD, id, "log-on-steis", Map.of("logNumber", "2026/9"))
                .then()
                .statusCode(200);
        Api.act(RKB_LEAD, id, "submit-initial-review").then().statusCode(200);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> Api.as(RKB_LEAD).get("/incidents/" + id).then().body("overdue", equalTo(false)));
    }

    @Test
    void aFutureDeadlineIsAPersistentTimerThatMovesWithAnExtensionAndGoesWithClosure() {
        Database db = new Database(dataSource);
        String id = Api.reported(RKB_LEAD, Reports.incident("RKB"));
        Api.act(RKB_LEAD, id, "declare-serious-incident").then().statusCode(200);
        Api.act(RKB_LEAD, id, "log-on-steis", Map.of("logNumber", "2026/10"))
                .then()
                .statusCode(200);
        Api.act(RKB_LEAD, id, "submit-initial-review").then().statusCode(200);
        Api.act(RKB_LEAD, id, "set-investigation-level", Map.of("level", "L1"))
                .then()
                .statusCode(200);

        String timers = "SELECT count(*) FROM scheduled_tasks WHERE convert_from(task_data, 'UTF8') LIKE ?";
        // The report deadline's warning and breach are rows in PostgreSQL: they survive a restart of the service.
        assertThat(db.count(timers, "%" + id + "%")).isEqualTo(2);

        Api.act(
                        QWU,
                        id,
                        "agree-extension",
                        Map.of("reportDue", LocalDate.now().plusMonths(8).toString(), "reason", "Coroner."))
                .then()
                .statusCode(200);
        assertThat(db.count(timers, "%" + id + "%")).isEqualTo(2);

        Api.act(RKB_LEAD, id, "submit-report").then().statusCode(200);
        assertThat(db.count(timers, "%" + id + "%")).isZero();
    }
}
