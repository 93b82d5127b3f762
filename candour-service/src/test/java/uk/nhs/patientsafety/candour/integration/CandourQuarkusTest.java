package uk.nhs.patientsafety.candour.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.candour.fixtures.Api;
import uk.nhs.patientsafety.candour.fixtures.ContractSchemas;
import uk.nhs.patientsafety.candour.fixtures.IncidentEvents;
import uk.nhs.patientsafety.contracts.CloudEvents;
import uk.nhs.patientsafety.contracts.Topics;
import uk.nhs.patientsafety.contracts.incident.HarmRegraded;
import uk.nhs.patientsafety.contracts.incident.IncidentReported;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;

/**
 * The service end to end on real PostgreSQL and Kafka: incident-service's events (built from its schema examples)
 * open and screen cases, the candour lead acts over REST, commissioners read status only, and what is published
 * matches the contracts and carries no one's identity.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class CandourQuarkusTest {

    static final TestUser RT5_LEAD = TestUser.providerCandourLead("RT5");
    static final TestUser RT5_SAFETY = TestUser.providerPatientSafetyLead("RT5");
    static final TestUser RT5_REPORTER = TestUser.providerReporter("RT5");
    static final TestUser GP_LEAD = TestUser.providerCandourLead("C82010");
    static final TestUser QK1 = TestUser.icbQualityLead("QK1");
    static final TestUser QWU = TestUser.icbQualityLead("QWU");
    static final TestUser REGION = TestUser.nhseRegional("Y60");
    static final String NAME = "Janet Examplewoman";

    @Inject
    AgroalDataSource dataSource;

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    static String patient() {
        return "pt-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    /** Reports a moderate-harm incident at {@code ods} and waits for its case to need assessment. */
    private String caseNeedingAssessment(String ods, TestUser lead, String incidentId) {
        IncidentEvents.publish(
                kafka, IncidentReported.TYPE, IncidentEvents.reported(incidentId, ods, patient(), "moderate"));
        return Api.awaitCase(lead, incidentId, "assessment_required");
    }

    private ConsumerRecord<String, String> published(String type, String caseId) {
        return kafka.await(
                Topics.CANDOUR_EVENTS,
                Api.PATIENCE,
                r -> caseId.equals(r.key()) && type.equals(KafkaTestClient.header(r, CloudEvents.TYPE)));
    }

    private long count(String sql, String parameter) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    @Test
    void anNhsTrustsModerateHarmReportOpensACaseThatNeedsAssessment() {
        String incidentId = newId();
        String caseId = caseNeedingAssessment("RT5", RT5_LEAD, incidentId);

        Api.as(RT5_LEAD)
                .get("/candour/cases/" + caseId)
                .then()
                .statusCode(200)
                .body("view", equalTo("full"))
                .body("providerType", equalTo("nhs_trust"))
                .body("ruleset", equalTo("reg20_8"))
                .body("screening.harm", equalTo("moderate"))
                .body("deadline.step", equalTo("verbal_notification"))
                .body("deadline.state", equalTo("open"));
        ConsumerRecord<String, String> required = published("candour.CandourAssessmentRequired.v1", caseId);
        assertThat(ContractSchemas.violations("candour.CandourAssessmentRequired.v1", required.value()))
                .isEmpty();
        assertThat(KafkaTestClient.header(required, CloudEvents.SUBJECT)).isEqualTo(caseId);
        assertThat(required.value()).contains("\"ruleset\":\"reg20_8\"").contains("\"trigger\":\"reported\"");
    }

    @Test
    void aLowHarmReportIsScreenedOutUntilARegradeRaisesTheHarm() {
        String incidentId = newId();
        String patientRef = patient();
        IncidentEvents.publish(
                kafka, IncidentReported.TYPE, IncidentEvents.reported(incidentId, "RKB", patientRef, "low"));
        TestUser rkbLead = TestUser.providerCandourLead("RKB");
        String caseId = Api.awaitCase(rkbLead, incidentId, "screened_out");

        IncidentEvents.publish(
                kafka, HarmRegraded.TYPE, IncidentEvents.regraded(incidentId, "RKB", patientRef, "severe"));

        assertThat(Api.awaitCase(rkbLead, incidentId, "assessment_required")).isEqualTo(caseId);
        assertThat(published("candour.CandourAssessmentRequired.v1", caseId).value())
                .contains("\"trigger\":\"harm_regraded\"");
    }

    @Test
    void aGpPracticesReportIsJudgedUnder20_9() {
        String caseId = caseNeedingAssessment("C82010", GP_LEAD, newId());

        // Moderate harm is 20(8)'s threshold, not 20(9)'s: refused naming the field.
        Api.act(GP_LEAD, caseId, "assess", Api.assessment("moderate_harm"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("harmCategory"));
        Api.act(GP_LEAD, caseId, "assess", Api.assessment("impairment_28_days"))
                .then()
                .statusCode(200)
                .body("status", equalTo("applicable"))
                .body("ruleset", equalTo("reg20_9"))
                .body("allowedActions", hasItem("identify-relevant-person"));
        ConsumerRecord<String, String> assessed = published("candour.CandourAssessed.v1", caseId);
        assertThat(ContractSchemas.violations("candour.CandourAssessed.v1", assessed.value()))
                .isEmpty();
        assertThat(assessed.value()).contains("\"ruleset\":\"reg20_9\"").contains("\"applicable\":true");
    }

    @Test
    void anIcbReadsStatusButNeverTheRelevantPersonAndEveryReadIsAudited() throws Exception {
        String caseId = caseNeedingAssessment("RT5", RT5_LEAD, newId());
        Api.act(RT5_LEAD, caseId, "assess", Api.assessment("moderate_harm"))
                .then()
                .statusCode(200);
        Api.act(RT5_LEAD, caseId, "identify-relevant-person", Api.relevantPerson())
                .then()
                .statusCode(200)
                .body("status", equalTo("relevant_person_identified"));
        Api.act(RT5_LEAD, caseId, "record-notification", Api.notification())
                .then()
                .statusCode(200)
                .body("status", equalTo("notified"));
        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.as(RT5_LEAD)
                .get("/candour/cases/" + caseId)
                .then()
                .body("status", equalTo("notified"))
                .body("relevantPerson.name", equalTo(NAME))
                .body("notification.apology", equalTo("We are very sorry that this happened.")));

        String asIcb = Api.as(QK1)
                .get("/candour/cases/" + caseId)
                .then()
                .statusCode(200)
                .body("view", equalTo("status"))
                .body("status", equalTo("notified"))
                .body("withinTarget", equalTo(true))
                .extract()
                .asString();
        assertThat(asIcb)
                .doesNotContain(NAME)
                .doesNotContain("relevantPerson")
                .doesNotContain("sorry")
                .doesNotContain("second dose")
                .doesNotContain("0116");
        String historyAsIcb = Api.as(QK1)
                .get("/candour/cases/" + caseId + "/history")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(historyAsIcb)
                .contains("VerbalNotificationGiven")
                .doesNotContain(NAME)
                .doesNotContain("sorry");
        String listAsIcb = Api.as(QK1)
                .queryParam("providerOds", "RT5")
                .get("/candour/cases")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(listAsIcb).contains(caseId).doesNotContain(NAME);
        assertThat(count(
                        "SELECT count(*) FROM access_audit WHERE record_id = ? AND org = 'QK1' AND view = 'status'",
                        caseId))
                .isGreaterThanOrEqualTo(3);

        // Not RT5's commissioner, a region, a reporter: nothing, not even that the case exists.
        Api.as(QWU).get("/candour/cases/" + caseId).then().statusCode(404);
        Api.as(REGION).get("/candour/cases/" + caseId).then().statusCode(404);
        Api.as(RT5_REPORTER).get("/candour/cases/" + caseId).then().statusCode(404);
        // The patient safety team sees in full but does not act; the ICB cannot act.
        Api.as(RT5_SAFETY)
                .get("/candour/cases/" + caseId)
                .then()
                .statusCode(200)
                .body("view", equalTo("full"));
        Api.act(RT5_SAFETY, caseId, "record-declined", Map.of("reason", "x"))
                .then()
                .statusCode(403);
        Api.act(QK1, caseId, "record-declined", Map.of("reason", "x")).then().statusCode(403);
        Api.act(QWU, caseId, "record-declined", Map.of("reason", "x")).then().statusCode(404);

        // Nothing published names the person or repeats what they were told.
        ConsumerRecord<String, String> notified = published("candour.CandourVerbalNotificationGiven.v1", caseId);
        assertThat(ContractSchemas.violations("candour.CandourVerbalNotificationGiven.v1", notified.value()))
                .isEmpty();
        ConsumerRecord<String, String> identified = published("candour.RelevantPersonIdentified.v1", caseId);
        assertThat(ContractSchemas.violations("candour.RelevantPersonIdentified.v1", identified.value()))
                .isEmpty();
        assertThat(identified.value()).contains("\"basis\":\"lacks_capacity\"");
        for (ConsumerRecord<String, String> record :
                kafka.awaitAll(Topics.CANDOUR_EVENTS, java.time.Duration.ofSeconds(2))) {
            assertThat(record.value())
                    .doesNotContain(NAME)
                    .doesNotContain("janet@")
                    .doesNotContain("sorry")
                    .doesNotContain("Dr A Consultant");
        }
    }

    @Test
    void cqcReadsOneCaseOnlyThroughBreakGlassWithItsReasonRecorded() throws Exception {
        String caseId = caseNeedingAssessment("RT5", RT5_LEAD, newId());
        TestUser cqc = new TestUser("cqc.inspector", java.util.Set.of("cqc-inspector"), "CQC", "regulator", null);

        Api.as(cqc).get("/candour/cases/" + caseId).then().statusCode(404);
        Api.as(cqc)
                .contentType("application/json")
                .body(Map.of("reason", "<script>"))
                .post("/candour/cases/" + caseId + "/break-glass")
                .then()
                .statusCode(400);
        Api.as(QK1)
                .contentType("application/json")
                .body(Map.of("reason", "Curious."))
                .post("/candour/cases/" + caseId + "/break-glass")
                .then()
                .statusCode(403);
        Api.as(cqc)
                .contentType("application/json")
                .body(Map.of("reason", "Inspection of RT5, regulation 20 records"))
                .post("/candour/cases/" + caseId + "/break-glass")
                .then()
                .statusCode(201)
                .body("view", equalTo("full"));
        Api.as(cqc).get("/candour/cases/" + caseId).then().statusCode(200).body("view", equalTo("full"));
        // Never a list.
        Api.as(cqc).get("/candour/cases").then().statusCode(200).body("items.size()", equalTo(0));
        assertThat(count(
                        "SELECT count(*) FROM break_glass_grant WHERE record_id = ?"
                                + " AND reason = 'Inspection of RT5, regulation 20 records'",
                        caseId))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT count(*) FROM access_audit WHERE record_id = ? AND org = 'CQC'"
                                + " AND purpose IN ('break-glass', 'candour-read')",
                        caseId))
                .isEqualTo(2);
    }

    @Test
    void aNotificationWithoutTheApologyOrTheAccountIsRefusedNamingIt() {
        String caseId = caseNeedingAssessment("RT5", RT5_LEAD, newId());
        Api.act(RT5_LEAD, caseId, "assess", Api.assessment("severe_harm"))
                .then()
                .statusCode(200);
        Api.act(RT5_LEAD, caseId, "identify-relevant-person", Map.of("basis", "patient", "name", "A Patient"))
                .then()
                .statusCode(200);
        for (String element : List.of("apology", "account", "furtherEnquiries")) {
            Map<String, Object> body = new HashMap<>(Api.notification());
            body.remove(element);
            Api.act(RT5_LEAD, caseId, "record-notification", body)
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(element));
        }
        Api.act(RT5_LEAD, caseId, "assess", Api.assessment("severe_harm"))
                .then()
                .statusCode(409)
                .body("currentStatus", equalTo("relevant_person_identified"))
                .body("allowedActions", hasItem("record-notification"));
        Api.act(RT5_LEAD, caseId, "identify-relevant-person", Map.of("basis", "guardian", "name", "X"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("basis"));
    }

    @Test
    void cannotBeContactedClosesTheStatutoryStepsAfterTheAttemptsAreRecorded() {
        String caseId = caseNeedingAssessment("RT5", RT5_LEAD, newId());
        Api.act(RT5_LEAD, caseId, "assess", Api.assessment("moderate_harm"))
                .then()
                .statusCode(200);
        Api.act(RT5_LEAD, caseId, "identify-relevant-person", Api.relevantPerson())
                .then()
                .statusCode(200);
        Api.act(RT5_LEAD, caseId, "record-cannot-contact", Map.of("reason", "No reply."))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("attempts"));
        Api.act(
                        RT5_LEAD,
                        caseId,
                        "record-contact-attempt",
                        Map.of(
                                "attemptedAt",
                                java.time.Instant.now().minusSeconds(3600).toString(),
                                "method",
                                "telephone",
                                "successful",
                                false))
                .then()
                .statusCode(200);
        Api.act(RT5_LEAD, caseId, "record-cannot-contact", Map.of("reason", "No reply by telephone."))
                .then()
                .statusCode(200)
                .body("status", equalTo("exempt"))
                .body("deadlines[0].state", equalTo("suspended"));
        ConsumerRecord<String, String> closed = published("candour.CandourDeclinedByRelevantPerson.v1", caseId);
        assertThat(closed.value())
                .contains("\"exemption\":\"cannot_be_contacted\"")
                .contains("\"attempts\":1");
        assertThat(ContractSchemas.violations("candour.CandourDeclinedByRelevantPerson.v1", closed.value()))
                .isEmpty();
        assertThat(ContractSchemas.violations(
                        "candour.CandourContactAttempted.v1",
                        published("candour.CandourContactAttempted.v1", caseId).value()))
                .isEmpty();
    }

    @Test
    void erasingTheRelevantPersonShredsTheirIdentityAndKeepsTheCase() {
        String caseId = caseNeedingAssessment("RT5", RT5_LEAD, newId());
        Api.act(RT5_LEAD, caseId, "assess", Api.assessment("moderate_harm"))
                .then()
                .statusCode(200);
        Api.act(RT5_LEAD, caseId, "identify-relevant-person", Api.relevantPerson())
                .then()
                .statusCode(200);
        String[] ref = new String[1];
        await().atMost(Api.PATIENCE)
                .untilAsserted(() -> ref[0] = Api.as(RT5_LEAD)
                        .get("/candour/cases/" + caseId)
                        .then()
                        .body("relevantPerson.name", equalTo(NAME))
                        .extract()
                        .path("relevantPerson.ref"));

        Api.as(RT5_LEAD).delete("/candour/relevant-persons/" + ref[0]).then().statusCode(403);
        Api.as(TestUser.platformAdmin())
                .delete("/candour/relevant-persons/" + ref[0])
                .then()
                .statusCode(204);

        String after = Api.as(RT5_LEAD)
                .get("/candour/cases/" + caseId)
                .then()
                .statusCode(200)
                .body("status", equalTo("relevant_person_identified"))
                .body("relevantPerson.erased", equalTo(true))
                .body("relevantPerson.basis", equalTo("lacks_capacity"))
                .extract()
                .asString();
        assertThat(after).doesNotContain(NAME).doesNotContain("0116");
    }

    @Test
    void aRedeliveredReportHasNoSecondEffectAndAnUnreadableOneIsDeadLettered() throws Exception {
        String incidentId = newId();
        String patientRef = patient();
        var report = IncidentEvents.reported(incidentId, "RT5", patientRef, "moderate");
        String ceId = newId();
        IncidentEvents.publish(kafka, ceId, IncidentReported.TYPE, report, IncidentEvents.SOURCE);
        IncidentEvents.publish(kafka, ceId, IncidentReported.TYPE, report, IncidentEvents.SOURCE);
        // A regrade after both copies, on the same key (so the same partition, in order), marks when both were read.
        IncidentEvents.publish(
                kafka, HarmRegraded.TYPE, IncidentEvents.regraded(incidentId, "RT5", patientRef, "severe"));
        String caseId = Api.awaitCase(RT5_LEAD, incidentId, "assessment_required");
        await().atMost(Api.PATIENCE).untilAsserted(() -> assertThat(count(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload_type LIKE '%CaseScreened'",
                        caseId))
                .isEqualTo(2));

        String bad = newId();
        String badIncident = newId();
        kafka.send(
                Topics.INCIDENT_EVENTS,
                badIncident,
                "{\"incidentId\": ",
                CloudEvents.toHeaders(new uk.nhs.patientsafety.contracts.CloudEventAttributes(
                        bad, IncidentReported.TYPE, IncidentEvents.SOURCE, badIncident, java.time.Instant.now())));
        kafka.await(Topics.INCIDENT_EVENTS + ".dlq", Api.PATIENCE, r -> bad.equals(KafkaTestClient.header(r, "ce_id")));
        String forged = newId();
        IncidentEvents.publish(
                kafka,
                forged,
                IncidentReported.TYPE,
                IncidentEvents.reported(newId(), "RT5", patient(), "fatal"),
                "/somebody-else");
        ConsumerRecord<String, String> refused = kafka.await(
                Topics.INCIDENT_EVENTS + ".dlq", Api.PATIENCE, r -> forged.equals(KafkaTestClient.header(r, "ce_id")));
        assertThat(KafkaTestClient.header(refused, "dead-letter-reason")).contains("/incident-service");
    }
}
