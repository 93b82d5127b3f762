package uk.nhs.patientsafety.incident.write.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.contracts.CloudEvents;
import uk.nhs.patientsafety.contracts.Topics;
import uk.nhs.patientsafety.incident.fixtures.Api;
import uk.nhs.patientsafety.incident.fixtures.Database;
import uk.nhs.patientsafety.incident.fixtures.Journeys;
import uk.nhs.patientsafety.incident.fixtures.Reports;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.testing.ContractSchemas;
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
        String id = Journeys.seriousIncidentDeclared(RKB_LEAD, Reports.identifiedDaysAgo("RKB", 30));

        await().atMost(Api.PATIENCE).untilAsserted(() -> assertThat(db.strings(
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
                    Api.PATIENCE,
                    r -> id.equals(r.key())
                            && "incident.DeadlineBreached.v1".equals(KafkaTestClient.header(r, CloudEvents.TYPE)));
            assertThat(ContractSchemas.violations("incident.DeadlineBreached.v1", breached.value()))
                    .isEmpty();
        }
        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.as(RKB_LEAD)
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
        await().atMost(Api.PATIENCE)
                .untilAsserted(
                        () -> Api.as(RKB_LEAD).get("/incidents/" + id).then().body("overdue", equalTo(false)));
    }

    @Test
    void aFutureDeadlineIsAPersistentTimerThatMovesWithAnExtensionAndGoesWithClosure() {
        Database db = new Database(dataSource);
        String id = Journeys.underInvestigation(RKB_LEAD, "L1");
        String timers = "SELECT count(*) FROM scheduled_tasks WHERE convert_from(task_data, 'UTF8') LIKE ?";
        // The report deadline's warning and breach are rows in PostgreSQL: they survive a restart of the service.
        assertThat(db.count(timers, "%" + id + "%")).isEqualTo(2);
        ReportTimers before = reportTimers(db, id);
        assertThat(timerDue(db, before.breachId())).isEqualTo(before.dueAt());

        LocalDate reportDue = England.dateOf(Instant.now()).plusMonths(8);
        Instant reportDueAt = England.endOf(reportDue);
        assertThat(reportDueAt).isAfter(before.dueAt());
        Response extended =
                Api.act(QWU, id, "agree-extension", Map.of("reportDue", reportDue.toString(), "reason", "Coroner."));

        extended.then().statusCode(200);
        assertThat(extended.<String>path(REPORT_DEADLINE + ".dueOn")).isEqualTo(reportDue.toString());
        assertThat(Instant.parse(extended.path(REPORT_DEADLINE + ".dueAt"))).isEqualTo(reportDueAt);
        assertThat(extended.<String>path(REPORT_DEADLINE + ".state")).isEqualTo("open");
        // The breach timer now fires when the agreed day ends in England; the old due time has no timer left.
        ReportTimers after = reportTimers(db, id);
        assertThat(after.dueAt()).isEqualTo(reportDueAt);
        assertThat(timerDue(db, after.breachId())).isEqualTo(reportDueAt);
        assertThat(db.count(
                        "SELECT count(*) FROM scheduled_tasks WHERE task_instance IN (?, ?)",
                        before.breachId(),
                        before.approachingId()))
                .isZero();
        assertThat(db.strings(
                        "SELECT extract(epoch FROM execution_time)::bigint::text FROM scheduled_tasks"
                                + " WHERE convert_from(task_data, 'UTF8') LIKE ?",
                        "%" + id + "%"))
                .hasSize(2)
                .doesNotContain(String.valueOf(before.dueAt().getEpochSecond()));
        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.as(RKB_LEAD)
                .get("/incidents/" + id)
                .then()
                .statusCode(200)
                .body(REPORT_DEADLINE + ".dueOn", equalTo(reportDue.toString()))
                .body(REPORT_DEADLINE + ".dueAt", equalTo(reportDueAt.toString())));

        Api.act(RKB_LEAD, id, "submit-report").then().statusCode(200);
        assertThat(db.count(timers, "%" + id + "%")).isZero();
    }

    static final String REPORT_DEADLINE = "deadlines.find { it.type == 'report_60wd' }";

    /** The report deadline as last set in the event store, with the ids of its timers. */
    record ReportTimers(Instant dueAt, String approachingId, String breachId) {}

    private static ReportTimers reportTimers(Database db, String id) {
        String set = "SELECT payload->>? FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND payload_type LIKE '%DeadlineSet' AND payload->>'deadlineType' = 'report_60wd'"
                + " ORDER BY sequence_number DESC LIMIT 1";
        return new ReportTimers(
                Instant.parse(db.strings(set, "dueAt", id).get(0)),
                db.strings(set, "approachingId", id).get(0),
                db.strings(set, "breachId", id).get(0));
    }

    /** When the db-scheduler timer fires. */
    private static Instant timerDue(Database db, String timerId) {
        return Instant.ofEpochSecond(Long.parseLong(db.strings(
                        "SELECT extract(epoch FROM execution_time)::bigint::text FROM scheduled_tasks"
                                + " WHERE task_instance = ?",
                        timerId)
                .get(0)));
    }
}
