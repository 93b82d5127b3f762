package uk.nhs.patientsafety.assurance.write.actionplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.assurance.fixtures.Api;
import uk.nhs.patientsafety.assurance.fixtures.ContractSchemas;
import uk.nhs.patientsafety.assurance.fixtures.IncidentFeed;
import uk.nhs.patientsafety.assurance.fixtures.Journeys;
import uk.nhs.patientsafety.contracts.Topics;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;

/**
 * Action plans and safety actions against real PostgreSQL and Kafka: the provider records its plan, the lead
 * commissioner (SIF) or the provider (PSIRF) agrees each action, the provider evidences it and the ICB verifies or
 * rejects; the SI's case knows its open actions; actions outlive the closure of their incident.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class SafetyActionsQuarkusTest {

    static final TestUser QWU_LEAD = TestUser.icbQualityLead("QWU");
    static final TestUser QHL_VIEWER = TestUser.icbViewer("QHL");
    static final TestUser QK1_LEAD = TestUser.icbQualityLead("QK1");
    static final TestUser RKB_LEAD = TestUser.providerPatientSafetyLead("RKB");
    static final TestUser RT5_LEAD = TestUser.providerPatientSafetyLead("RT5");

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

    static Map<String, Object> action(String description) {
        return Map.of(
                "description", description,
                "ownerOds", "RKB",
                "ownerRole", "Ward manager, Ward 5",
                "dueOn", LocalDate.now().plusMonths(2).toString(),
                "measureOfSuccess", "Monthly audit shows 100% double-checks");
    }

    static Response plan(TestUser user, String key, Object body) {
        return Api.as(user)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/assurance/action-plans");
    }

    static Response step(TestUser user, String actionId, String step, Map<String, ?> body) {
        return Api.as(user)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/assurance/safety-actions/" + actionId + "/actions/" + step);
    }

    private String incidentOf(String caseId) {
        return Api.get(QWU_LEAD, "/assurance/cases/" + caseId).then().extract().path("incidentId");
    }

    private ConsumerRecord<String, String> published(String type, String actionId) {
        ConsumerRecord<String, String> record = kafka.await(
                Topics.ASSURANCE_EVENTS,
                Api.PATIENCE,
                r -> actionId.equals(r.key()) && type.equals(KafkaTestClient.header(r, "ce_type")));
        assertThat(ContractSchemas.violations(type, record.value())).isEmpty();
        assertThat(record.value()).doesNotContain("insulin", "Ward manager", "audit", "Audit");
        return record;
    }

    @Test
    void aSeriousIncidentsActionsAreAgreedEvidencedAndVerifiedAndOutliveItsClosure() {
        String caseId = Journeys.reviewed(feed, "RKB", QWU_LEAD);
        String incident = incidentOf(caseId);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of(
                "incidentId",
                incident,
                "actions",
                List.of(action("Double-check insulin doses."), action("Teach the insulin pathway.")));

        Response created = plan(RKB_LEAD, key, body);
        created.then().statusCode(201).body("actions", hasSize(2)).body("actions[0].status", equalTo("proposed"));
        String first = created.path("actions[0].id");
        String second = created.path("actions[1].id");
        // A retry with the same key gets the same plan; nothing is recorded twice.
        plan(RKB_LEAD, key, body).then().statusCode(201).body("actions[0].id", equalTo(first));

        // The case knows its open actions: closure without monitoring of the plan is refused.
        await().atMost(Api.PATIENCE)
                .untilAsserted(() ->
                        Api.get(QWU_LEAD, "/assurance/cases/" + caseId).then().body("openActions", hasSize(2)));
        Api.act(QWU_LEAD, caseId, "agree-closure")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("monitoringAgreed"));

        // Under SIF the lead commissioner agrees the actions, the provider works them.
        step(RKB_LEAD, first, "agree", Map.of()).then().statusCode(403);
        step(QWU_LEAD, first, "agree", Map.of()).then().statusCode(200).body("status", equalTo("agreed"));
        step(QWU_LEAD, first, "submit-evidence", Map.of("evidence", "Audit attached."))
                .then()
                .statusCode(403);
        step(RKB_LEAD, first, "start", Map.of()).then().statusCode(200);
        step(RKB_LEAD, first, "submit-evidence", Map.of())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("evidence"));
        step(RKB_LEAD, first, "submit-evidence", Map.of("evidence", "Audit of one ward attached."))
                .then()
                .statusCode(200)
                .body("status", equalTo("evidence_submitted"));
        step(QWU_LEAD, first, "reject-evidence", Map.of("reasons", "Audit every ward."))
                .then()
                .statusCode(200)
                .body("status", equalTo("in_progress"));
        step(RKB_LEAD, first, "submit-evidence", Map.of("evidence", "Audit of all wards attached."))
                .then()
                .statusCode(200);
        step(QWU_LEAD, first, "verify", Map.of()).then().statusCode(200).body("status", equalTo("verified"));
        step(QWU_LEAD, first, "verify", Map.of()).then().statusCode(409).body("currentStatus", equalTo("verified"));

        // One action still open: closure with monitoring of the action plan agreed.
        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.get(QWU_LEAD, "/assurance/cases/" + caseId)
                .then()
                .body("openActions", equalTo(List.of(second))));
        Api.act(
                        QWU_LEAD,
                        caseId,
                        "agree-closure",
                        Map.of("monitoringAgreed", true, "monitoringArrangement", "Reviewed at CQRG quarterly."))
                .then()
                .statusCode(200)
                .body("status", equalTo("closed"));
        // The action outlives the SI's closure.
        step(QWU_LEAD, second, "agree", Map.of()).then().statusCode(200);
        step(RKB_LEAD, second, "start", Map.of()).then().statusCode(200).body("status", equalTo("in_progress"));

        published("assurance.SafetyActionAgreed.v1", first);
        published("assurance.SafetyActionEvidenceSubmitted.v1", first);
        published("assurance.SafetyActionVerified.v1", first);
        await().atMost(Api.PATIENCE)
                .untilAsserted(() -> Api.get(QWU_LEAD, "/assurance/safety-actions?incidentId=" + incident)
                        .then()
                        .statusCode(200)
                        .body("totalItems", equalTo(2))
                        .body("items.find { it.id == '" + first + "' }.status", equalTo("verified"))
                        .body("items.find { it.id == '" + first + "' }.verifiedBy", equalTo("QWU")));
    }

    @Test
    void underPsirfTheProviderAgreesItsOwnActionsOnceIncidentServiceSaysTheyAreAgreed() {
        String incident = IncidentFeed.newIncident();
        Map<String, Object> body = Map.of("incidentId", incident, "actions", List.of(action("Review falls risk.")));
        plan(RT5_LEAD, UUID.randomUUID().toString(), body).then().statusCode(404);

        feed.safetyActionsAgreed(incident, "RT5");

        await().atMost(Api.PATIENCE)
                .until(() -> plan(RT5_LEAD, "psirf-" + incident, body).statusCode() == 201);
        String actionId = plan(RT5_LEAD, "psirf-" + incident, body).path("actions[0].id");
        // RT5's lead commissioner is QK1: it verifies but does not agree a PSIRF action.
        step(QK1_LEAD, actionId, "agree", Map.of()).then().statusCode(403);
        step(RT5_LEAD, actionId, "agree", Map.of()).then().statusCode(200).body("status", equalTo("agreed"));
        step(RT5_LEAD, actionId, "submit-evidence", Map.of("evidence", "Risk tool in use."))
                .then()
                .statusCode(200);
        step(RT5_LEAD, actionId, "verify", Map.of()).then().statusCode(403);
        step(QK1_LEAD, actionId, "verify", Map.of()).then().statusCode(200).body("status", equalTo("verified"));
    }

    @Test
    void onlyTheProvidersPatientSafetyLeadRecordsAPlanAndItMustBeSmart() {
        String caseId = Journeys.opened(feed, "RKB", QWU_LEAD);
        String incident = incidentOf(caseId);

        plan(QWU_LEAD, UUID.randomUUID().toString(), Map.of("incidentId", incident, "actions", List.of(action("x"))))
                .then()
                .statusCode(403);
        plan(RT5_LEAD, UUID.randomUUID().toString(), Map.of("incidentId", incident, "actions", List.of(action("x"))))
                .then()
                .statusCode(404);
        plan(
                        RKB_LEAD,
                        UUID.randomUUID().toString(),
                        Map.of(
                                "incidentId",
                                incident,
                                "actions",
                                List.of(Map.of("description", "Do better", "ownerOds", "nope", "dueOn", "2020-01-01"))))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("actions[0].ownerOds"))
                .body("errors.field", hasItem("actions[0].ownerRole"))
                .body("errors.field", hasItem("actions[0].dueOn"))
                .body("errors.field", hasItem("actions[0].measureOfSuccess"));
        Api.as(RKB_LEAD)
                .contentType(ContentType.JSON)
                .body(Map.of("incidentId", incident, "actions", List.of(action("x"))))
                .post("/assurance/action-plans")
                .then()
                .statusCode(400);
    }

    @Test
    void aResponsibleCommissionerSeesActionsPseudonymisedAndAnotherIcbNotAtAll() {
        String caseId = Journeys.opened(feed, "RKB", QWU_LEAD);
        String actionId = plan(
                        RKB_LEAD,
                        UUID.randomUUID().toString(),
                        Map.of("incidentId", incidentOf(caseId), "actions", List.of(action("Double-check insulin."))))
                .then()
                .statusCode(201)
                .extract()
                .path("actions[0].id");

        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.get(QHL_VIEWER, "/assurance/safety-actions/" + actionId)
                .then()
                .statusCode(200)
                .body("view", equalTo("pseudonymised"))
                .body("ownerOds", equalTo("RKB"))
                .body("description", nullValue())
                .body("measureOfSuccess", nullValue()));
        Api.get(RKB_LEAD, "/assurance/safety-actions/" + actionId)
                .then()
                .body("description", equalTo("Double-check insulin."));
        Api.get(QK1_LEAD, "/assurance/safety-actions/" + actionId).then().statusCode(404);
        step(QK1_LEAD, actionId, "agree", Map.of()).then().statusCode(404);
        Api.get(QK1_LEAD, "/assurance/safety-actions?providerOds=RKB").then().body("totalItems", equalTo(0));
        Api.get(QWU_LEAD, "/assurance/safety-actions?overdue=true&incidentId=" + incidentOf(caseId))
                .then()
                .body("totalItems", equalTo(0));
        Api.get(QWU_LEAD, "/assurance/safety-actions?overdue=soon").then().statusCode(400);
    }
}
