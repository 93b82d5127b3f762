package uk.nhs.patientsafety.candour.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
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
import uk.nhs.patientsafety.contracts.incident.IncidentReported;
import uk.nhs.patientsafety.contracts.incident.LearningResponseChosen;
import uk.nhs.patientsafety.contracts.incident.SeriousIncidentDeclared;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;

/**
 * Family involvement for serious incidents and PSIIs (from incident-service's events), and compliance aggregates per
 * provider for the provider, its commissioners and its region — counts only.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class FamilyAndComplianceQuarkusTest {

    static final TestUser NT3_LEAD = TestUser.providerCandourLead("NT3");
    static final TestUser RT5_LEAD = TestUser.providerCandourLead("RT5");
    static final TestUser QWU = TestUser.icbQualityLead("QWU");
    static final TestUser QK1 = TestUser.icbViewer("QK1");

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    static String patient() {
        return "pt-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    @Test
    void aSeriousIncidentsFamilyMeetingIsRecordedAndItsCommissionerSeesOnlyDatesAndCounts() {
        String incidentId = UUID.randomUUID().toString();
        IncidentEvents.publish(
                kafka, IncidentReported.TYPE, IncidentEvents.reported(incidentId, "NT3", patient(), "severe"));
        String caseId = Api.awaitCase(NT3_LEAD, incidentId, "assessment_required");
        Map<String, Object> meeting = Map.of(
                "heldOn",
                LocalDate.now().toString(),
                "place",
                "Community centre, Far Gosford Street",
                "awayFromSite",
                true,
                "purposeExplainedOrally",
                true,
                "purposeExplainedInWriting",
                true,
                "notes",
                "The family asked about the night staffing.");
        Api.act(NT3_LEAD, caseId, "record-family-meeting", meeting)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("familyInvolvement"));

        var declared = IncidentEvents.example("SeriousIncidentDeclared");
        declared.put("incidentId", incidentId).put("providerOds", "NT3");
        IncidentEvents.publish(kafka, SeriousIncidentDeclared.TYPE, declared);
        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.as(NT3_LEAD)
                .get("/candour/cases/" + caseId)
                .then()
                .body("family.responseType", equalTo("serious_incident")));

        Map<String, Object> onSite = new java.util.HashMap<>(meeting);
        onSite.put("awayFromSite", false);
        Api.act(NT3_LEAD, caseId, "record-family-meeting", onSite)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("awayFromSite"));
        Api.act(NT3_LEAD, caseId, "record-family-meeting", meeting).then().statusCode(200);
        Api.act(
                        NT3_LEAD,
                        caseId,
                        "record-family-concern",
                        Map.of("recordedOn", LocalDate.now().toString(), "concern", "Why was the alarm not heard?"))
                .then()
                .statusCode(200);
        Api.act(
                        NT3_LEAD,
                        caseId,
                        "record-report-shared",
                        Map.of(
                                "document",
                                "terms_of_reference",
                                "sharedOn",
                                LocalDate.now().toString(),
                                "asAgreed",
                                true))
                .then()
                .statusCode(200);
        ConsumerRecord<String, String> held = kafka.await(
                Topics.CANDOUR_EVENTS,
                Api.PATIENCE,
                r -> caseId.equals(r.key())
                        && "candour.FamilyMeetingHeld.v1".equals(KafkaTestClient.header(r, CloudEvents.TYPE)));
        assertThat(ContractSchemas.violations("candour.FamilyMeetingHeld.v1", held.value()))
                .isEmpty();
        assertThat(held.value()).doesNotContain("Gosford").doesNotContain("staffing");

        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.as(QWU)
                .get("/candour/cases/" + caseId)
                .then()
                .statusCode(200)
                .body("family.meetingsHeld", equalTo(1))
                .body("family.purposeExplainedInWriting", equalTo(true))
                .body("family.concernsRaised", equalTo(1))
                .body("family.documentsShared[0].document", equalTo("terms_of_reference")));
        String asIcb =
                Api.as(QWU).get("/candour/cases/" + caseId).then().extract().asString();
        assertThat(asIcb).doesNotContain("Gosford").doesNotContain("staffing").doesNotContain("alarm");
    }

    @Test
    void aPsiiInvolvesTheFamilyTooButAnotherLearningResponseDoesNot() {
        String psii = UUID.randomUUID().toString();
        String swarm = UUID.randomUUID().toString();
        for (String id : List.of(psii, swarm)) {
            IncidentEvents.publish(
                    kafka, IncidentReported.TYPE, IncidentEvents.reported(id, "RT5", patient(), "moderate"));
        }
        String psiiCase = Api.awaitCase(RT5_LEAD, psii, "assessment_required");
        String swarmCase = Api.awaitCase(RT5_LEAD, swarm, "assessment_required");
        for (String[] chosen : new String[][] {{psii, "psii"}, {swarm, "swarm"}}) {
            var event = IncidentEvents.example("LearningResponseChosen");
            event.put("incidentId", chosen[0]).put("providerOds", "RT5").put("framework", "PSIRF2022");
            event.put("responseType", chosen[1]).putNull("externalBody");
            IncidentEvents.publish(kafka, LearningResponseChosen.TYPE, event);
        }
        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.as(RT5_LEAD)
                .get("/candour/cases/" + psiiCase)
                .then()
                .body("family.responseType", equalTo("psii")));
        Api.as(RT5_LEAD).get("/candour/cases/" + swarmCase).then().body("family", equalTo(null));
    }

    @Test
    void complianceCountsPerProviderForItsCommissionersAndRegionOnly() {
        String incidentId = UUID.randomUUID().toString();
        IncidentEvents.publish(
                kafka, IncidentReported.TYPE, IncidentEvents.reported(incidentId, "RT5", patient(), "moderate"));
        String caseId = Api.awaitCase(RT5_LEAD, incidentId, "assessment_required");
        Api.act(RT5_LEAD, caseId, "assess", Api.assessment("moderate_harm"))
                .then()
                .statusCode(200);
        Api.act(RT5_LEAD, caseId, "identify-relevant-person", Api.relevantPerson())
                .then()
                .statusCode(200);
        Api.act(RT5_LEAD, caseId, "record-notification", Api.notification())
                .then()
                .statusCode(200);

        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.as(QK1)
                .queryParam("providerOds", "RT5")
                .get("/candour/compliance")
                .then()
                .statusCode(200)
                .body("providers[0].providerOds", equalTo("RT5"))
                .body("providers[0].notifiedInPersonWithinTarget", org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        String asRegion = Api.as(TestUser.nhseRegional("Y60"))
                .get("/candour/compliance")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(asRegion)
                .contains("\"providerOds\":\"RT5\"")
                .doesNotContain(caseId)
                .doesNotContain("Janet");
        // QWU does not commission RT5; another region sees none of the Midlands.
        Api.as(QWU)
                .queryParam("providerOds", "RT5")
                .get("/candour/compliance")
                .then()
                .statusCode(200)
                .body("providers.size()", equalTo(0));
        Api.as(TestUser.nhseRegional("Y56"))
                .get("/candour/compliance")
                .then()
                .statusCode(200)
                .body("providers.size()", equalTo(0));
        Api.as(QK1)
                .queryParam("from", "2026-12-31")
                .queryParam("to", "2026-01-01")
                .get("/candour/compliance")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        // The region reads aggregates, never a case.
        Api.as(TestUser.nhseRegional("Y60"))
                .get("/candour/cases/" + caseId)
                .then()
                .statusCode(404);
    }
}
