package uk.nhs.patientsafety.assurance.write.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.assurance.fixtures.Api;
import uk.nhs.patientsafety.assurance.fixtures.ContractSchemas;
import uk.nhs.patientsafety.assurance.fixtures.Database;
import uk.nhs.patientsafety.assurance.fixtures.IncidentFeed;
import uk.nhs.patientsafety.assurance.fixtures.Journeys;
import uk.nhs.patientsafety.contracts.ContractJson;
import uk.nhs.patientsafety.contracts.Topics;
import uk.nhs.patientsafety.contracts.assurance.ClosureAgreed;
import uk.nhs.patientsafety.contracts.assurance.FurtherInformationRequested;
import uk.nhs.patientsafety.contracts.assurance.ReportResubmitted;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;
import uk.nhs.patientsafety.web.organisations.Commissioning;

/**
 * A serious incident's assurance against real PostgreSQL and Kafka: the report submitted opens a case; further
 * information goes back to incident-service and the resubmission reopens review; closure publishes the
 * {@code ClosureAgreed} that incident-service's consumer takes (source, lead commissioner, ids).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class CaseLifecycleQuarkusTest {

    /** RKB's lead commissioner is QWU; QHL is a responsible commissioner that is not its lead. */
    static final TestUser QWU_LEAD = TestUser.icbQualityLead("QWU");

    static final TestUser QWU_VIEWER = TestUser.icbViewer("QWU");
    static final TestUser QHL_LEAD = TestUser.icbQualityLead("QHL");
    static final TestUser QK1_LEAD = TestUser.icbQualityLead("QK1");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Commissioning commissioning;

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

    private ConsumerRecord<String, String> published(String type, String caseId) {
        ConsumerRecord<String, String> record = kafka.await(
                Topics.ASSURANCE_EVENTS,
                Api.PATIENCE,
                r -> caseId.equals(r.key()) && type.equals(KafkaTestClient.header(r, "ce_type")));
        assertThat(ContractSchemas.violations(type, record.value())).isEmpty();
        return record;
    }

    private static <T> T read(ConsumerRecord<String, String> record, Class<T> type) throws Exception {
        return ContractJson.mapper().readValue(record.value(), type);
    }

    private static String status(String caseId) {
        return Api.get(QWU_LEAD, "/assurance/cases/" + caseId)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    @Test
    void aReportSubmittedForASeriousIncidentOpensACaseDueIn20Days() {
        String caseId = Journeys.opened(feed, "RKB", QWU_LEAD);

        LocalDate today = England.dateOf(java.time.Instant.now());
        Api.get(QWU_LEAD, "/assurance/cases/" + caseId)
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("opened"))
                .body("providerOds", org.hamcrest.Matchers.equalTo("RKB"))
                .body("commissionerOds", org.hamcrest.Matchers.equalTo("QWU"))
                .body("view", org.hamcrest.Matchers.equalTo("full"));
        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.get(QWU_LEAD, "/assurance/cases/" + caseId)
                .then()
                .body(
                        "reviewClock.dueOn",
                        org.hamcrest.Matchers.equalTo(today.plusDays(20).toString()))
                .body("reviewClock.duration", org.hamcrest.Matchers.equalTo("20CD"))
                .body("reviewClock.state", org.hamcrest.Matchers.equalTo("open")));
        published("assurance.AssuranceCaseOpened.v1", caseId);
    }

    @Test
    void furtherInformationGoesBackToTheIncidentAndTheResubmissionReopensReview() throws Exception {
        String caseId = Journeys.reviewed(feed, "RKB", QWU_LEAD);
        String incidentId =
                Api.get(QWU_LEAD, "/assurance/cases/" + caseId).then().extract().path("incidentId");

        Api.act(QWU_LEAD, caseId, "request-further-information", Map.of("request", "Evidence of family contact."))
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("further_information_requested"));
        ConsumerRecord<String, String> request = published(FurtherInformationRequested.TYPE, caseId);
        assertThat(KafkaTestClient.header(request, "ce_source")).isEqualTo("/assurance-service");
        FurtherInformationRequested requested = read(request, FurtherInformationRequested.class);
        assertThat(requested.incidentId()).isEqualTo(incidentId);
        assertThat(requested.commissionerOds()).isEqualTo("QWU");
        assertThat(request.value()).doesNotContain("family contact");

        // incident-service sends the incident back to investigation; the provider submits its report again.
        feed.submitReport(incidentId, "RKB");

        await().atMost(Api.PATIENCE)
                .untilAsserted(() -> assertThat(status(caseId)).isEqualTo("in_review"));
        Api.get(QWU_LEAD, "/assurance/cases/" + caseId)
                .then()
                .body("submission", org.hamcrest.Matchers.equalTo(2))
                .body("review", org.hamcrest.Matchers.nullValue());
        ReportResubmitted resubmitted = read(published(ReportResubmitted.TYPE, caseId), ReportResubmitted.class);
        assertThat(resubmitted.submission()).isEqualTo(2);
        // The first submission's review does not count for the second.
        Api.act(QWU_LEAD, caseId, "agree-closure")
                .then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("review"));
    }

    @Test
    void closurePublishesClosureAgreedAsIncidentServicesConsumerExpectsIt() throws Exception {
        String caseId = Journeys.reviewed(feed, "RKB", QWU_LEAD);

        Api.act(QWU_LEAD, caseId, "agree-closure", Map.of("comments", "Good report."))
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("closed"));

        ConsumerRecord<String, String> record = published(ClosureAgreed.TYPE, caseId);
        ClosureAgreed closure = read(record, ClosureAgreed.class);
        // incident-service trusts only /assurance-service and only the provider's lead commissioner's decision.
        assertThat(KafkaTestClient.header(record, "ce_source")).isEqualTo("/assurance-service");
        assertThat(commissioning.isLeadCommissioner(closure.commissionerOds(), closure.providerOds()))
                .isTrue();
        assertThat(closure.providerOds()).isEqualTo("RKB");
        assertThat(closure.incidentId())
                .isEqualTo(Api.get(QWU_LEAD, "/assurance/cases/" + caseId)
                        .then()
                        .extract()
                        .path("incidentId"));
        assertThat(record.value()).doesNotContain("Good report");
    }

    @Test
    void theReviewNeedsACompleteQualityChecklistAndSaysWhatIsMissing() {
        String caseId = Journeys.opened(feed, "RKB", QWU_LEAD);
        Api.act(QWU_LEAD, caseId, "start-review").then().statusCode(200);

        Api.act(
                        QWU_LEAD,
                        caseId,
                        "record-review",
                        Map.of(
                                "method",
                                "coffee",
                                "panel",
                                List.of(Map.of("name", "Dr A")),
                                "checklist",
                                List.of(Map.of("item", "actions_smart", "answer", "no"))))
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("method"))
                .body("errors.field", hasItem("panel[0].role"))
                .body("errors.field", hasItem("checklist[0].comment"))
                .body(
                        "errors.find { it.field == 'checklist' }.message",
                        org.hamcrest.Matchers.containsString("family_involved"));
    }

    @Test
    void anActionTheStatusDoesNotAllowIsAConflictNamingTheAllowedOnes() {
        String caseId = Journeys.opened(feed, "RKB", QWU_LEAD);

        Api.act(QWU_LEAD, caseId, "agree-closure")
                .then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("currentStatus", org.hamcrest.Matchers.equalTo("opened"))
                .body("allowedActions", org.hamcrest.Matchers.contains("start-review"));
        Api.act(QWU_LEAD, caseId, "approve").then().statusCode(404);
        Api.act(QWU_LEAD, "no-such-case", "start-review").then().statusCode(404);
    }

    @Test
    void onlyTheLeadCommissionersQualityLeadDecides() {
        String caseId = Journeys.opened(feed, "RKB", QWU_LEAD);

        Api.act(QWU_VIEWER, caseId, "start-review").then().statusCode(403);
        // A responsible commissioner that is not the lead sees the case but does not decide it.
        Api.act(QHL_LEAD, caseId, "start-review").then().statusCode(403);
        // An ICB that does not commission the provider is not told the case exists.
        Api.act(QK1_LEAD, caseId, "start-review").then().statusCode(404);
        Api.act(TestUser.providerPatientSafetyLead("RKB"), caseId, "start-review")
                .then()
                .statusCode(403);
        assertThat(status(caseId)).isEqualTo("opened");
    }

    @Test
    void refusalAndEscalationArePublishedWithCodesOnly() throws Exception {
        String caseId = Journeys.reviewed(feed, "RKB", QWU_LEAD);

        Api.act(QWU_LEAD, caseId, "refuse-closure", Map.of("reasonCodes", List.of("family_not_involved")))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("comments"));
        Api.act(
                        QWU_LEAD,
                        caseId,
                        "refuse-closure",
                        Map.of("reasonCodes", List.of("family_not_involved"), "comments", "No letter to the family."))
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("closure_refused"));
        Api.act(
                        QWU_LEAD,
                        caseId,
                        "escalate-to-quality-forum",
                        Map.of("forum", "cqrg", "reason", "Third similar SI this year."))
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("escalated"));

        ConsumerRecord<String, String> refused = published("assurance.ClosureRefused.v1", caseId);
        assertThat(refused.value()).contains("family_not_involved").doesNotContain("letter");
        ConsumerRecord<String, String> escalated = published("assurance.EscalatedToQualityForum.v1", caseId);
        assertThat(escalated.value()).contains("cqrg").doesNotContain("Third similar");
        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.get(QWU_LEAD, "/assurance/cases/" + caseId)
                .then()
                .body("escalation.forum", org.hamcrest.Matchers.equalTo("cqrg"))
                .body("reviewClock.state", org.hamcrest.Matchers.equalTo("met")));
    }
}
