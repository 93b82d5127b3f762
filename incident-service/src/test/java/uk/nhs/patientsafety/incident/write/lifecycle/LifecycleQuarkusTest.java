package uk.nhs.patientsafety.incident.write.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.incident.fixtures.Api;
import uk.nhs.patientsafety.incident.fixtures.Journeys;
import uk.nhs.patientsafety.incident.fixtures.Reports;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;

/** The SIF 2015 and PSIRF 2022 paths through the REST API, with their refusals and the audit trail. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class LifecycleQuarkusTest {

    static final TestUser RKB_LEAD = TestUser.providerPatientSafetyLead("RKB");
    static final TestUser QWU = TestUser.icbQualityLead("QWU");
    static final TestUser RT5_LEAD = TestUser.providerPatientSafetyLead("RT5");

    @Test
    void aSeriousIncidentGoesFromDeclarationToClosureAndBack() {
        String id = Api.reported(RKB_LEAD, Reports.incident("RKB"));

        Api.act(RKB_LEAD, id, "declare-serious-incident", Map.of("category", "serious_harm"))
                .then()
                .statusCode(200)
                .body("status", equalTo("si_declared"))
                .body("deadlines.type", contains("steis_2wd", "initial_review_3wd"))
                .body("allowedActions", hasItem("log-on-steis"));
        Api.act(RKB_LEAD, id, "log-on-steis", Map.of("logNumber", "2026/20417"))
                .then()
                .body("status", equalTo("si_logged"))
                .body("deadlines.find { it.type == 'steis_2wd' }.state", equalTo("met"));
        Api.act(RKB_LEAD, id, "submit-initial-review").then().body("status", equalTo("initial_review_submitted"));
        Api.act(RKB_LEAD, id, "set-investigation-level", Map.of("level", "L2"))
                .then()
                .body("status", equalTo("under_investigation"))
                .body("deadlines.find { it.type == 'report_60wd' }.state", equalTo("open"));
        // Stop-the-clock is by agreement: the provider asks with a reason, only the lead commissioner agrees.
        Api.act(RKB_LEAD, id, "request-clock-stop", Map.of("reasonCode", "coroner"))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        Api.act(RKB_LEAD, id, "request-clock-stop", Map.of("reasonCode", "coroner", "reason", "Awaiting inquest."))
                .then()
                .body("status", equalTo("clock_stop_requested"))
                .body("deadlines.find { it.type == 'report_60wd' }.state", equalTo("open"));
        String reviewOn = LocalDate.now().plusMonths(1).toString();
        Api.act(RKB_LEAD, id, "agree-clock-stop", Map.of("reviewOn", reviewOn))
                .then()
                .statusCode(403);
        Api.act(QWU, id, "agree-clock-stop", Map.of()).then().statusCode(400).body("errors.field", hasItem("reviewOn"));
        Api.act(QWU, id, "agree-clock-stop", Map.of("reviewOn", reviewOn))
                .then()
                .body("status", equalTo("clock_stopped"))
                .body("deadlines.find { it.type == 'report_60wd' }.state", equalTo("suspended"))
                .body("deadlines.find { it.type == 'clock_stop_review' }.dueOn", equalTo(reviewOn));
        Api.act(RKB_LEAD, id, "restart-clock").then().body("status", equalTo("under_investigation"));
        String due = Api.act(
                        QWU,
                        id,
                        "agree-extension",
                        Map.of(
                                "reportDue",
                                LocalDate.now().plusMonths(6).toString(),
                                "reason",
                                "Police investigation."))
                .then()
                .statusCode(200)
                .extract()
                .path("deadlines.find { it.type == 'report_60wd' }.dueOn");
        assertThat(due).isEqualTo(LocalDate.now().plusMonths(6).toString());
        Api.act(RKB_LEAD, id, "submit-report").then().body("status", equalTo("awaiting_assurance"));
        Api.act(QWU, id, "request-further-information").then().body("status", equalTo("under_investigation"));
        Api.act(RKB_LEAD, id, "submit-report").then().body("status", equalTo("awaiting_assurance"));
        Api.act(QWU, id, "close").then().body("status", equalTo("closed")).body("allowedActions", hasItem("reopen"));
        Api.act(QWU, id, "reopen", Map.of("reason", "Coroner's findings raise new questions."))
                .then()
                .body("status", equalTo("under_investigation"));

        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.as(RKB_LEAD)
                .get("/incidents/" + id + "/history")
                .then()
                .statusCode(200)
                .body("event", hasItem("SeriousIncidentReopened"))
                .body("find { it.event == 'DowngradeRequested' }", org.hamcrest.Matchers.nullValue())
                .body("find { it.event == 'SeriousIncidentClosed' }.actor", equalTo("qwu.quality"))
                .body("find { it.event == 'SeriousIncidentClosed' }.actorOrg", equalTo("QWU"))
                .body(
                        "find { it.event == 'IncidentReported' }.details.content.patients[0].sealedIdentity",
                        org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void anIllegalTransitionNamesTheCurrentStatusAndTheAllowedActions() {
        String id = Api.reported(RKB_LEAD, Reports.incident("RKB"));

        Api.act(RKB_LEAD, id, "submit-report")
                .then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://patient-safety.nhs.uk/problems/illegal-transition"))
                .body("currentStatus", equalTo("reported"))
                .body("allowedActions", hasItem("declare-serious-incident"));
    }

    @Test
    void aPsirfIncidentHasNoSeriousIncidentDeclaration() {
        String id = Api.reported(RT5_LEAD, Reports.incident("RT5"));

        Api.act(RT5_LEAD, id, "declare-serious-incident", Map.of("category", "serious_harm"))
                .then()
                .statusCode(409)
                .body("allowedActions", hasItem("choose-learning-response"));
    }

    @Test
    void aLearningResponseRunsToClosure() {
        String id = Api.reported(RT5_LEAD, Reports.incident("RT5"));

        Api.act(RT5_LEAD, id, "choose-learning-response", Map.of("responseType", "aar"))
                .then()
                .statusCode(200)
                .body("status", equalTo("response_chosen"));
        Api.act(
                        RT5_LEAD,
                        id,
                        "agree-timeframe",
                        Map.of("targetDate", LocalDate.now().plusWeeks(6).toString()))
                .then()
                .body("status", equalTo("learning_response_in_progress"));
        Api.act(RT5_LEAD, id, "agree-findings").then().body("status", equalTo("findings_agreed"));
        Api.act(RT5_LEAD, id, "agree-safety-actions").then().body("status", equalTo("safety_actions_agreed"));
        Api.act(RT5_LEAD, id, "close-learning-response").then().body("status", equalTo("closed"));

        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.as(RT5_LEAD)
                .get("/incidents/" + id)
                .then()
                .body("status", equalTo("closed"))
                .body("learningResponse", equalTo("aar"))
                .body("responseDepth", equalTo("local_review")));
    }

    @Test
    void aNeverEventUnderPsirfNeedsAPsii() {
        String id = Api.reported(RT5_LEAD, Reports.with(Reports.incident("RT5"), "neverEventType", "5"));

        Api.act(RT5_LEAD, id, "choose-learning-response", Map.of("responseType", "aar"))
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("responseType"));
        Api.act(RT5_LEAD, id, "choose-learning-response", Map.of("responseType", "psii"))
                .then()
                .statusCode(200);
    }

    @Test
    void aNationalRequirementIsRecognisedAtReportingAndDecidesTheResponse() {
        String id = Api.reported(
                RT5_LEAD, Reports.with(Reports.incident("RT5"), "nationalRequirement", "mental_health_homicide"));
        Journeys.visibleTo(RT5_LEAD, id);
        Api.as(RT5_LEAD)
                .get("/incidents/" + id)
                .then()
                .statusCode(200)
                .body("nationalRequirement", equalTo("mental_health_homicide"));

        // Published with the report, so that other contexts (summit, notifications) know what it is.
        try (var kafka = new uk.nhs.patientsafety.testing.KafkaTestClient(KafkaTestResource.bootstrapServers())) {
            String reported = kafka.await(
                            "incident.events.v1",
                            Api.PATIENCE,
                            r -> id.equals(r.key())
                                    && "incident.IncidentReported.v1"
                                            .equals(uk.nhs.patientsafety.testing.KafkaTestClient.header(
                                                    r, uk.nhs.patientsafety.contracts.CloudEvents.TYPE)))
                    .value();
            assertThat(reported).contains("\"nationalRequirement\":\"mental_health_homicide\"");
        }
        Api.act(RT5_LEAD, id, "choose-learning-response", Map.of("responseType", "psii"))
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("responseType"))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("RIIT")));
        Api.act(
                        RT5_LEAD,
                        id,
                        "choose-learning-response",
                        Map.of("responseType", "referred_external", "externalBody", "RIIT"))
                .then()
                .statusCode(200)
                .body("status", equalTo("awaiting_external"));
    }

    @Test
    void anExternalReferralNamesItsBody() {
        String id = Api.reported(RT5_LEAD, Reports.incident("RT5"));

        Api.act(RT5_LEAD, id, "choose-learning-response", Map.of("responseType", "referred_external"))
                .then()
                .statusCode(422);
        Api.act(
                        RT5_LEAD,
                        id,
                        "choose-learning-response",
                        Map.of("responseType", "referred_external", "externalBody", "MNSI"))
                .then()
                .statusCode(200)
                .body("status", equalTo("awaiting_external"))
                .body("allowedActions", contains("regrade-harm", "involve-organisations", "agree-findings"));
    }

    @Test
    void aNearMissIsASeriousIncidentOnlyWithItsRiskAssessment() {
        Map<String, Object> nearMiss = Reports.with(
                Reports.with(Reports.incident("RKB"), "nearMiss", true),
                "patients",
                List.of(Reports.patient(null, "5", "4")));
        String id = Api.reported(RKB_LEAD, nearMiss);

        Api.act(RKB_LEAD, id, "declare-serious-incident", Map.of("category", "harm_needing_further_treatment"))
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("riskAssessment"));
        Api.act(
                        RKB_LEAD,
                        id,
                        "declare-serious-incident",
                        Map.of(
                                "category",
                                "harm_needing_further_treatment",
                                "riskAssessment",
                                Map.of("likelihoodOfRecurrence", "likely", "potentialHarm", "severe")))
                .then()
                .statusCode(200)
                .body("status", equalTo("si_declared"));
    }

    @Test
    void harmIsRegradedAsItsOwnEvent() {
        String id = Journeys.visibleTo(RT5_LEAD, Api.reported(RT5_LEAD, Reports.incident("RT5")));
        String patientRef =
                Api.as(RT5_LEAD).get("/incidents/" + id).then().extract().path("patients[0].ref");

        Api.act(
                        RT5_LEAD,
                        id,
                        "regrade-harm",
                        Map.of(
                                "patientRef", patientRef,
                                "physicalHarm", "2",
                                "psychologicalHarm", "3",
                                "reason", "Permanent nerve damage confirmed."))
                .then()
                .statusCode(200);
        Api.act(
                        RT5_LEAD,
                        id,
                        "regrade-harm",
                        Map.of("patientRef", patientRef, "physicalHarm", "9", "psychologicalHarm", "3", "reason", "x"))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("physicalHarm"));

        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.as(RT5_LEAD)
                .get("/incidents/" + id)
                .then()
                .body("worstHarm", equalTo("severe"))
                .body("patients[0].physicalHarm", equalTo("2")));
    }

    @Test
    void anotherOrganisationIsInvolvedLater() {
        String id = Api.reported(RT5_LEAD, Reports.incident("RT5"));

        Api.act(RT5_LEAD, id, "involve-organisations", Map.of("organisations", List.of("RKB"), "coordinating", "RT5"))
                .then()
                .statusCode(200);

        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.as(RT5_LEAD)
                .get("/incidents/" + id)
                .then()
                .body("involvedOds", contains("RKB"))
                .body("coordinatingOds", equalTo("RT5")));
    }

    @Test
    void anUnknownActionOrIncidentIsNotFound() {
        String id = Api.reported(RT5_LEAD, Reports.incident("RT5"));
        Api.act(RT5_LEAD, id, "teleport").then().statusCode(404).contentType(startsWith("application/problem+json"));
        Api.act(RT5_LEAD, "no-such-incident", "agree-findings").then().statusCode(404);
    }

    @Test
    void anActionWithMissingFieldsNamesThem() {
        String id = Journeys.seriousIncidentDeclared(RKB_LEAD);
        Api.act(RKB_LEAD, id, "log-on-steis", Map.of("logNumber", "<b>1</b>"))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("logNumber"));
    }
}
