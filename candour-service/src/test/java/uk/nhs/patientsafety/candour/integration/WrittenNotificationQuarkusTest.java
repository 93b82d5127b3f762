package uk.nhs.patientsafety.candour.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Base64;
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
import uk.nhs.patientsafety.contracts.incident.SeriousIncidentClosed;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;

/**
 * The written notification (20(4)) on real PostgreSQL and Kafka: drafted from the recorded facts, read as HTML and
 * PDF by the provider only, marked as sent with a kept copy (type and size limited), then findings shared only once
 * the incident's response has concluded (consumed from incident-service), and the case completed.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class WrittenNotificationQuarkusTest {

    static final TestUser LEAD = TestUser.providerCandourLead("RKB");
    static final TestUser QWU = TestUser.icbQualityLead("QWU");

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    private String notifiedCase(String incidentId) {
        String patient = "pt-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        IncidentEvents.publish(
                kafka, IncidentReported.TYPE, IncidentEvents.reported(incidentId, "RKB", patient, "severe"));
        String caseId = Api.awaitCase(LEAD, incidentId, "assessment_required");
        Api.act(LEAD, caseId, "assess", Api.assessment("severe_harm")).then().statusCode(200);
        Api.act(LEAD, caseId, "identify-relevant-person", Api.relevantPerson())
                .then()
                .statusCode(200);
        Api.act(LEAD, caseId, "record-notification", Api.notification()).then().statusCode(200);
        return caseId;
    }

    private String latest(String caseId) {
        return Api.act(LEAD, caseId, "draft-written-notification", Map.of("enquiryResults", "The chart was unsigned."))
                .then()
                .statusCode(200)
                .extract()
                .path("latestDocumentId");
    }

    private ConsumerRecord<String, String> published(String type, String caseId) {
        ConsumerRecord<String, String> record = kafka.await(
                Topics.CANDOUR_EVENTS,
                Api.PATIENCE,
                r -> caseId.equals(r.key()) && type.equals(KafkaTestClient.header(r, CloudEvents.TYPE)));
        assertThat(ContractSchemas.violations(type, record.value()))
                .as(record.value())
                .isEmpty();
        return record;
    }

    @Test
    void theWrittenNotificationIsDraftedReadSentKeptAndFollowedByTheFindings() {
        String incidentId = UUID.randomUUID().toString();
        String caseId = notifiedCase(incidentId);

        String docId = Api.act(
                        LEAD, caseId, "draft-written-notification", Map.of("enquiryResults", "The chart was unsigned."))
                .then()
                .statusCode(200)
                .extract()
                .path("latestDocumentId");
        String path = "/candour/cases/" + caseId + "/documents/" + docId;
        await().atMost(Api.PATIENCE)
                .untilAsserted(
                        () -> Api.as(LEAD).accept("text/html").get(path).then().statusCode(200));
        String html =
                Api.as(LEAD).accept("text/html").get(path).then().extract().asString();
        assertThat(html)
                .contains("Dear Janet Examplewoman,")
                .contains("A second dose was given because the first was not recorded.")
                .contains("A patient safety incident investigation.")
                .contains("The chart was unsigned.")
                .contains("We are very sorry that this happened.");
        byte[] pdf = Api.as(LEAD)
                .accept("application/pdf")
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        // Letters are never the commissioner's.
        Api.as(QWU).accept("text/html").get(path).then().statusCode(404);

        // The lead's edit is plain text: markup is refused, naming the field.
        Api.act(LEAD, caseId, "draft-written-notification", Map.of("text", "Dear Janet,\n\nWe <b>are</b> sorry."))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("text"));

        // The kept copy: a PDF only, by its signature.
        Map<String, Object> html_copy = Map.of(
                "documentId",
                docId,
                "sentOn",
                LocalDate.now().toString(),
                "method",
                "post",
                "copy",
                Map.of("contentType", "text/html", "base64", Base64.getEncoder().encodeToString("<p>".getBytes())));
        Api.act(LEAD, caseId, "mark-written-notification-sent", html_copy)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("copy.contentType"));
        Map<String, Object> fake_pdf = Map.of(
                "documentId",
                docId,
                "sentOn",
                LocalDate.now().toString(),
                "method",
                "post",
                "copy",
                Map.of(
                        "contentType",
                        "application/pdf",
                        "base64",
                        Base64.getEncoder().encodeToString("<p>".getBytes())));
        Api.act(LEAD, caseId, "mark-written-notification-sent", fake_pdf)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("copy.base64"));
        Api.act(
                        LEAD,
                        caseId,
                        "mark-written-notification-sent",
                        Map.of(
                                "documentId",
                                docId,
                                "sentOn",
                                LocalDate.now().toString(),
                                "method",
                                "post",
                                "copy",
                                Map.of(
                                        "contentType",
                                        "application/pdf",
                                        "base64",
                                        Base64.getEncoder().encodeToString(pdf))))
                .then()
                .statusCode(200)
                .body("status", equalTo("written_sent"));
        assertThat(published("candour.CandourWrittenNotificationSent.v1", caseId)
                        .value())
                .contains("\"withinTarget\":true")
                .doesNotContain("Janet");

        // Findings wait for the incident's response to conclude.
        Api.act(
                        LEAD,
                        caseId,
                        "share-findings",
                        Map.of("sharedOn", LocalDate.now().toString(), "method", "meeting", "summary", "Findings."))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("findings"));
        Api.act(
                        LEAD,
                        caseId,
                        "provide-update",
                        Map.of(
                                "providedOn",
                                LocalDate.now().toString(),
                                "method",
                                "telephone",
                                "summary",
                                "Interviews done."))
                .then()
                .statusCode(200);
        var closed = IncidentEvents.example("SeriousIncidentClosed");
        closed.put("incidentId", incidentId).put("providerOds", "RKB");
        IncidentEvents.publish(kafka, SeriousIncidentClosed.TYPE, closed);
        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.as(LEAD)
                .get("/candour/cases/" + caseId)
                .then()
                .body("responseConcluded", equalTo("serious_incident_closed")));
        Api.act(
                        LEAD,
                        caseId,
                        "share-findings",
                        Map.of("sharedOn", LocalDate.now().toString(), "method", "meeting", "summary", "Findings."))
                .then()
                .statusCode(200)
                .body("status", equalTo("findings_shared"));
        Api.act(LEAD, caseId, "complete", Map.of()).then().statusCode(200).body("status", equalTo("completed"));
        published("candour.CandourUpdateProvided.v1", caseId);
        published("candour.CandourFindingsShared.v1", caseId);
        published("candour.CandourCompleted.v1", caseId);
        Api.as(QWU)
                .get("/candour/cases/" + caseId)
                .then()
                .statusCode(200)
                .body("status", equalTo("completed"))
                .body("writtenWithinTarget", equalTo(true));
    }

    @Test
    void erasingTheRelevantPersonShredsTheirLettersToo() {
        String caseId = notifiedCase(UUID.randomUUID().toString());
        String docId = latest(caseId);
        String path = "/candour/cases/" + caseId + "/documents/" + docId;
        await().atMost(Api.PATIENCE)
                .untilAsserted(
                        () -> Api.as(LEAD).accept("text/html").get(path).then().statusCode(200));
        String ref =
                Api.as(LEAD).get("/candour/cases/" + caseId).then().extract().path("relevantPerson.ref");

        Api.as(TestUser.platformAdmin())
                .delete("/candour/relevant-persons/" + ref)
                .then()
                .statusCode(204);

        Api.as(LEAD).accept("text/html").get(path).then().statusCode(410);
    }
}
