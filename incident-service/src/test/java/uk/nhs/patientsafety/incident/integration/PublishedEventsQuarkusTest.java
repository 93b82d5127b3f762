package uk.nhs.patientsafety.incident.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.contracts.CloudEvents;
import uk.nhs.patientsafety.contracts.Topics;
import uk.nhs.patientsafety.incident.fixtures.Api;
import uk.nhs.patientsafety.incident.fixtures.Journeys;
import uk.nhs.patientsafety.incident.fixtures.Reports;
import uk.nhs.patientsafety.testing.ContractSchemas;
import uk.nhs.patientsafety.testing.KafkaTestClient;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;

/**
 * What leaves the service on {@code incident.events.v1}: every event valid against its published schema, with its
 * CloudEvents headers, and no patient identity or free text in any of them.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class PublishedEventsQuarkusTest {

    static final TestUser RKB_LEAD = TestUser.providerPatientSafetyLead("RKB");
    static final TestUser RT5_LEAD = TestUser.providerPatientSafetyLead("RT5");
    static final TestUser QWU = TestUser.icbQualityLead("QWU");

    @Test
    void everyPublishedEventMatchesItsSchemaAndCarriesNoPatientIdentity() throws Exception {
        Map<String, Object> sifReport = Reports.with(Reports.incident("RKB"), "involvedOrganisations", List.of("RT5"));
        String sif = Journeys.initialReviewSubmitted(RKB_LEAD, sifReport);
        Api.act(RKB_LEAD, sif, "request-downgrade", Map.of("rationale", "Expected death, good care."))
                .then()
                .statusCode(200);
        Api.act(QWU, sif, "refuse-downgrade", Map.of("reason", "Care concerns remain."))
                .then()
                .statusCode(200);
        Api.act(RKB_LEAD, sif, "set-investigation-level", Map.of("level", "L3"))
                .then()
                .statusCode(200);
        Api.act(
                        QWU,
                        sif,
                        "commission-independent-investigation",
                        Map.of("commissionedOn", LocalDate.now().toString()))
                .then()
                .statusCode(200);
        Api.act(RKB_LEAD, sif, "request-clock-stop", Map.of("reasonCode", "police", "reason", "Police."))
                .then()
                .statusCode(200);
        Api.act(QWU, sif, "refuse-clock-stop", Map.of("reason", "Continue."))
                .then()
                .statusCode(200);
        Api.act(RKB_LEAD, sif, "request-clock-stop", Map.of("reasonCode", "police", "reason", "Police."))
                .then()
                .statusCode(200);
        Api.act(
                        QWU,
                        sif,
                        "agree-clock-stop",
                        Map.of("reviewOn", LocalDate.now().plusMonths(1).toString()))
                .then()
                .statusCode(200);
        Api.act(RKB_LEAD, sif, "restart-clock").then().statusCode(200);
        Api.act(
                        QWU,
                        sif,
                        "agree-extension",
                        Map.of("reportDue", LocalDate.now().plusMonths(9).toString(), "reason", "Police."))
                .then()
                .statusCode(200);
        Api.act(RKB_LEAD, sif, "submit-report").then().statusCode(200);
        Api.act(QWU, sif, "close").then().statusCode(200);
        Api.act(QWU, sif, "reopen", Map.of("reason", "Family raised new concerns."))
                .then()
                .statusCode(200);
        Api.report(RKB_LEAD, Reports.withPatient(Reports.with(sifReport, "revision", 2), "physicalHarm", "1"))
                .then()
                .statusCode(200);

        String psirf = Journeys.psirfResponseChosen(RT5_LEAD, "psii");
        Api.act(
                        RT5_LEAD,
                        psirf,
                        "agree-timeframe",
                        Map.of("targetDate", LocalDate.now().plusMonths(3).toString()))
                .then()
                .statusCode(200);
        Api.act(RT5_LEAD, psirf, "agree-findings").then().statusCode(200);
        Api.act(RT5_LEAD, psirf, "agree-safety-actions").then().statusCode(200);
        Api.act(RT5_LEAD, psirf, "close-learning-response").then().statusCode(200);

        // Each incident's events share a partition and keep their order: once its last event is read, all are.
        List<ConsumerRecord<String, String>> published =
                readUntil(Map.of(psirf, "incident.LearningResponseClosed.v1", sif, "incident.HarmRegraded.v1"));

        Set<String> types = published.stream()
                .map(r -> KafkaTestClient.header(r, CloudEvents.TYPE))
                .collect(Collectors.toSet());
        assertThat(types)
                .contains(
                        "incident.IncidentReported.v1",
                        "incident.OrganisationInvolved.v1",
                        "incident.SeriousIncidentDeclared.v1",
                        "incident.SeriousIncidentLoggedOnSteis.v1",
                        "incident.InitialReviewSubmitted.v1",
                        "incident.DowngradeRequested.v1",
                        "incident.DowngradeRefused.v1",
                        "incident.InvestigationLevelSet.v1",
                        "incident.InvestigationClockStopRequested.v1",
                        "incident.InvestigationClockStopRefused.v1",
                        "incident.InvestigationClockStopped.v1",
                        "incident.InvestigationClockRestarted.v1",
                        "incident.InvestigationExtensionAgreed.v1",
                        "incident.InvestigationReportSubmitted.v1",
                        "incident.SeriousIncidentClosed.v1",
                        "incident.SeriousIncidentReopened.v1",
                        "incident.IncidentUpdated.v1",
                        "incident.HarmRegraded.v1",
                        "incident.LearningResponseChosen.v1",
                        "incident.LearningResponseTimeframeAgreed.v1",
                        "incident.FindingsAgreed.v1",
                        "incident.SafetyActionsAgreed.v1",
                        "incident.LearningResponseClosed.v1");
        for (ConsumerRecord<String, String> record : published) {
            String type = KafkaTestClient.header(record, CloudEvents.TYPE);
            assertThat(KafkaTestClient.header(record, CloudEvents.SUBJECT)).isEqualTo(record.key());
            assertThat(KafkaTestClient.header(record, CloudEvents.ID)).isNotBlank();
            assertThat(ContractSchemas.violations(type, record.value()))
                    .as(type + " " + record.value())
                    .isEmpty();
            if (type.equals("incident.HarmRegraded.v1")) {
                // Whose harm changed, and the incident's worst harm now (the revision made the patient's harm fatal).
                assertThat(record.value())
                        .contains("\"patientRef\":\"pt-")
                        .contains("\"physicalHarm\":\"fatal\"")
                        .contains("\"worstHarm\":\"fatal\"");
            }
            assertThat(record.value())
                    .doesNotContain(Reports.NHS_NUMBER)
                    .doesNotContain("Test Patient")
                    .doesNotContain("1950-03-14")
                    .doesNotContain("enoxaparin");
        }
    }

    private static List<ConsumerRecord<String, String>> readUntil(Map<String, String> lastTypeByKey) {
        List<ConsumerRecord<String, String>> records = new java.util.ArrayList<>();
        Set<String> finished = new java.util.HashSet<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "published-" + java.util.UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(Topics.INCIDENT_EVENTS));
            long deadline = System.nanoTime() + Api.PATIENCE.toNanos();
            while (finished.size() < lastTypeByKey.size() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (lastTypeByKey.containsKey(record.key())) {
                        records.add(record);
                        if (lastTypeByKey.get(record.key()).equals(KafkaTestClient.header(record, CloudEvents.TYPE))) {
                            finished.add(record.key());
                        }
                    }
                }
            }
        }
        assertThat(finished)
                .as(
                        "incidents whose last event was read, of %s",
                        records.stream()
                                .map(r -> r.key().substring(0, 8) + ":" + KafkaTestClient.header(r, CloudEvents.TYPE))
                                .toList())
                .hasSize(lastTypeByKey.size());
        return records;
    }
}
