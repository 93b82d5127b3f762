package uk.nhs.patientsafety.incident.read.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.incident.fixtures.Api;
import uk.nhs.patientsafety.incident.fixtures.Journeys;
import uk.nhs.patientsafety.incident.fixtures.Reports;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;

/**
 * {@code GET /incidents/{id}/history} in each view: the full view (the provider, the lead commissioner of a serious
 * incident) shows the free text the events carry; the pseudonymised view (involved organisations, responsible
 * commissioners, the region) shows an allow-list of fields per event and nothing else. Neither ever shows a patient's
 * identity, sealed or not.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class HistoryQuarkusTest {

    static final TestUser RKB_LEAD = TestUser.providerPatientSafetyLead("RKB");
    static final TestUser QWU = TestUser.icbQualityLead("QWU");
    static final TestUser CQC =
            new TestUser("cqc.inspector", java.util.Set.of("cqc-inspector"), "X26", "regulator", null);

    /** Each a different relationship that sees an RKB incident involving RT5 pseudonymised (DOMAIN §9). */
    static final List<TestUser> PSEUDONYMISED = List.of(
            TestUser.providerReporter("RT5"), // an involved organisation
            TestUser.icbQualityLead("QHL"), // a responsible commissioner, not the lead
            TestUser.nhseRegional("Y60"), // the provider's region, for a serious incident
            CQC); // a regulator, through break glass

    static final Set<String> ENTRY = Set.of("sequence", "event", "at", "actor", "actorOrg", "details");

    /** The pseudonymised view's allow-list: every field of each event's details that it may show. */
    static final Map<String, Set<String>> PSEUDONYMISED_DETAILS = Map.ofEntries(
            Map.entry("IncidentReported", Set.of("kind", "providerReference", "revision", "content", "reportedAt")),
            Map.entry("IncidentUpdated", Set.of("revision", "content", "changedCodes")),
            Map.entry("HarmRegraded", Set.of("patientRef", "physicalHarm", "psychologicalHarm", "worstHarm")),
            Map.entry("OrganisationsInvolvedIdentified", Set.of("organisations", "coordinating")),
            Map.entry("SeriousIncidentDeclared", Set.of("identifiedAt", "riskAssessment", "declaredAt", "category")),
            Map.entry("SeriousIncidentLoggedOnSteis", Set.of("logNumber")),
            Map.entry("InitialReviewSubmitted", Set.of()),
            Map.entry("DowngradeRequested", Set.of()),
            Map.entry("DowngradeAgreed", Set.of("agreedByOds")),
            Map.entry("DowngradeRefused", Set.of("refusedByOds")),
            Map.entry("InvestigationLevelSet", Set.of("level", "reportDue")),
            Map.entry(
                    "IndependentInvestigationCommissioned", Set.of("commissionedOn", "reportDue", "commissionedByOds")),
            Map.entry("InvestigationClockStopRequested", Set.of("reasonCode", "requestedOn")),
            Map.entry("InvestigationClockStopRefused", Set.of("refusedByOds")),
            Map.entry("InvestigationClockStopped", Set.of("reasonCode", "stoppedOn", "agreedByOds", "reviewOn")),
            Map.entry("InvestigationClockRestarted", Set.of("restartedOn", "reportDue")),
            Map.entry("InvestigationExtensionAgreed", Set.of("reportDue", "agreedByOds")),
            Map.entry("InvestigationReportSubmitted", Set.of()),
            Map.entry("FurtherInformationRequested", Set.of("requestedByOds")),
            Map.entry("SeriousIncidentClosed", Set.of("closedByOds")),
            Map.entry("SeriousIncidentReopened", Set.of()),
            Map.entry("DeadlineSet", Set.of("deadlineType", "dueOn", "dueAt")),
            Map.entry("DeadlineMet", Set.of("deadlineType")),
            Map.entry("DeadlineSuspended", Set.of("deadlineType")),
            Map.entry("DeadlineApproaching", Set.of("deadlineType", "dueAt")),
            Map.entry("DeadlineBreached", Set.of("deadlineType", "dueAt")));

    /** A reported incident's content, pseudonymised: no description, immediate actions or good care. */
    static final Set<String> PSEUDONYMISED_CONTENT = Set.of(
            "occurredOn",
            "identifiedAt",
            "nearMiss",
            "neverEventType",
            "nationalRequirement",
            "patients",
            "outcomeType",
            "riskTheme",
            "riskImminent");

    static final Set<String> PSEUDONYMISED_PATIENT = Set.of("ref", "ageBand", "physicalHarm", "psychologicalHarm");

    static final String DESCRIPTION = "Patient given a second dose of enoxaparin on the ward; noticed at handover.";
    static final String IMMEDIATE_ACTIONS = "Patient reviewed by the registrar; monitoring increased.";
    static final String REVISED = "Revised: the second dose was given by the night team at 02:00.";
    static final String REGRADE_REASON = "Bleeding confirmed on the scan.";
    static final String RATIONALE = "Expected side effect, care appropriate.";
    static final String REFUSAL = "Care concerns remain about the handover.";
    static final String EXTENSION_REASON = "Awaiting the pharmacist's statement.";
    static final String REOPENING = "The family raised new concerns.";

    /** Every free text and identity the journey below puts into the event stream. */
    static final List<String> SENSITIVE_TEXT = List.of(
            DESCRIPTION, IMMEDIATE_ACTIONS, REVISED, REGRADE_REASON, RATIONALE, REFUSAL, EXTENSION_REASON, REOPENING);

    static final List<String> IDENTITY = List.of(Reports.NHS_NUMBER, "Test Patient", "1950-03-14", "sealedIdentity");

    @Test
    void thePseudonymisedHistoryShowsOnlyTheAllowListAndTheFullHistoryShowsTheFreeText() {
        Map<String, Object> report = Reports.identifiedJustNow(
                Reports.with(Reports.incident("RKB"), "involvedOrganisations", List.of("RT5")));
        String id = throughTheSeriousIncidentPath(report);
        Journeys.visibleTo(RKB_LEAD, id);

        for (TestUser caller : PSEUDONYMISED) {
            JsonPath history = history(caller, id);
            List<Map<String, Object>> entries = history.getList("$");
            assertThat(history.getList("event", String.class))
                    .as("the whole journey, for %s", caller.subject())
                    .contains(
                            "IncidentReported",
                            "IncidentUpdated",
                            "HarmRegraded",
                            "DowngradeRequested",
                            "DowngradeRefused",
                            "InvestigationExtensionAgreed",
                            "SeriousIncidentReopened");
            for (Map<String, Object> entry : entries) {
                String event = (String) entry.get("event");
                assertThat(entry.keySet()).as(event).isEqualTo(ENTRY);
                assertThat(entry.get("actor"))
                        .as("no person's login outside the full view (%s)", event)
                        .isNull();
                assertThat(PSEUDONYMISED_DETAILS)
                        .as("an allow-list for %s", event)
                        .containsKey(event);
                @SuppressWarnings("unchecked")
                Map<String, Object> details = (Map<String, Object>) entry.get("details");
                assertThat(details.keySet())
                        .as("%s details for %s", event, caller.subject())
                        .isEqualTo(PSEUDONYMISED_DETAILS.get(event));
            }
            for (String event : List.of("IncidentReported", "IncidentUpdated")) {
                Map<String, Object> content = history.getMap("find { it.event == '" + event + "' }.details.content");
                assertThat(content.keySet()).as(event + " content").isEqualTo(PSEUDONYMISED_CONTENT);
                List<Map<String, Object>> patients =
                        history.getList("find { it.event == '" + event + "' }.details.content.patients");
                assertThat(patients).hasSize(1);
                assertThat(patients.get(0).keySet()).isEqualTo(PSEUDONYMISED_PATIENT);
            }
            assertThat(history.prettify()).doesNotContain(SENSITIVE_TEXT).doesNotContain(IDENTITY);
        }

        for (TestUser caller : List.of(RKB_LEAD, QWU)) {
            JsonPath history = history(caller, id);
            assertThat(history.getString("find { it.event == 'IncidentReported' }.details.content.description"))
                    .isEqualTo(DESCRIPTION);
            assertThat(history.getString("find { it.event == 'IncidentReported' }.details.content.immediateActions"))
                    .isEqualTo(IMMEDIATE_ACTIONS);
            assertThat(history.getString("find { it.event == 'IncidentUpdated' }.details.content.description"))
                    .isEqualTo(REVISED);
            assertThat(history.getString("find { it.event == 'HarmRegraded' }.details.reason"))
                    .isEqualTo(REGRADE_REASON);
            assertThat(history.getString("find { it.event == 'DowngradeRequested' }.details.rationale"))
                    .isEqualTo(RATIONALE);
            assertThat(history.getString("find { it.event == 'DowngradeRefused' }.details.reason"))
                    .isEqualTo(REFUSAL);
            assertThat(history.getString("find { it.event == 'InvestigationExtensionAgreed' }.details.reason"))
                    .isEqualTo(EXTENSION_REASON);
            assertThat(history.getString("find { it.event == 'SeriousIncidentReopened' }.details.reason"))
                    .isEqualTo(REOPENING);
            assertThat(history.getList("find { it.event == 'IncidentReported' }.details.content.patients.ref"))
                    .hasSize(1);
            assertThat(history.prettify()).as("never an identity, even in full").doesNotContain(IDENTITY);
            assertThat(history.getString("find { it.event == 'IncidentReported' }.actor"))
                    .as("the full view says who acted")
                    .isEqualTo(RKB_LEAD.subject());
        }
    }

    @Test
    void goodCareIsFreeTextOnlyTheFullHistoryShows() {
        TestUser rt5 = TestUser.providerPatientSafetyLead("RT5");
        String goodCare = (String) Reports.goodCare("RT5").get("goodCare");
        String id = Api.reported(rt5, Reports.with(Reports.goodCare("RT5"), "involvedOrganisations", List.of("RKB")));
        Journeys.visibleTo(rt5, id);

        JsonPath full = history(rt5, id);
        assertThat(full.getString("find { it.event == 'IncidentReported' }.details.content.goodCare"))
                .isEqualTo(goodCare);
        JsonPath pseudonymised = history(TestUser.providerReporter("RKB"), id);
        assertThat(pseudonymised
                        .getMap("find { it.event == 'IncidentReported' }.details.content")
                        .keySet())
                .isEqualTo(PSEUDONYMISED_CONTENT);
        assertThat(pseudonymised.prettify()).doesNotContain(goodCare).doesNotContain(DESCRIPTION);
    }

    @Test
    void aStoppedClocksNoteIsNotInThePseudonymisedHistory() {
        String note = "Police asked us to pause while they interview staff.";
        String id = Journeys.underInvestigation(
                RKB_LEAD, "L1", Reports.with(Reports.incident("RKB"), "involvedOrganisations", List.of("RT5")));
        Api.act(RKB_LEAD, id, "request-clock-stop", Map.of("reasonCode", "police", "reason", note))
                .then()
                .statusCode(200);
        Api.act(
                        QWU,
                        id,
                        "agree-clock-stop",
                        Map.of("reviewOn", LocalDate.now().plusMonths(1).toString()))
                .then()
                .statusCode(200);
        Journeys.visibleTo(RKB_LEAD, id);

        assertThat(history(RKB_LEAD, id).getString("find { it.event == 'InvestigationClockStopped' }.details.note"))
                .isEqualTo(note);
        for (TestUser caller : PSEUDONYMISED) {
            JsonPath history = history(caller, id);
            for (String event : List.of("InvestigationClockStopRequested", "InvestigationClockStopped")) {
                assertThat(history.getMap("find { it.event == '" + event + "' }.details")
                                .keySet())
                        .as(event)
                        .isEqualTo(PSEUDONYMISED_DETAILS.get(event));
            }
            assertThat(history.prettify()).doesNotContain(note);
        }
    }

    /** Reported, revised, regraded, and through a refused downgrade, an extension, closure and reopening. */
    private static String throughTheSeriousIncidentPath(Map<String, Object> report) {
        String id =
                Api.report(RKB_LEAD, report).then().statusCode(201).extract().path("id");
        String patientRef = Api.report(
                        RKB_LEAD, Reports.with(Reports.with(report, "revision", 2), "description", REVISED))
                .then()
                .statusCode(200)
                .extract()
                .path("patientRefs[0]");
        Api.act(
                        RKB_LEAD,
                        id,
                        "regrade-harm",
                        Map.of(
                                "patientRef",
                                patientRef,
                                "physicalHarm",
                                "2",
                                "psychologicalHarm",
                                "4",
                                "reason",
                                REGRADE_REASON))
                .then()
                .statusCode(200);
        Journeys.submitInitialReview(RKB_LEAD, Journeys.logOnSteis(RKB_LEAD, Journeys.declare(RKB_LEAD, id)));
        Api.act(RKB_LEAD, id, "request-downgrade", Map.of("rationale", RATIONALE))
                .then()
                .statusCode(200);
        Api.act(QWU, id, "refuse-downgrade", Map.of("reason", REFUSAL)).then().statusCode(200);
        Journeys.setInvestigationLevel(RKB_LEAD, id, "L1");
        LocalDate later = LocalDate.now().plusMonths(9);
        Api.act(QWU, id, "agree-extension", Map.of("reportDue", later.toString(), "reason", EXTENSION_REASON))
                .then()
                .statusCode(200);
        Journeys.submitReport(RKB_LEAD, id);
        Api.act(QWU, id, "close").then().statusCode(200);
        Api.act(RKB_LEAD, id, "reopen", Map.of("reason", REOPENING)).then().statusCode(200);
        return id;
    }

    private static JsonPath history(TestUser caller, String id) {
        if (caller == CQC) {
            Api.breakGlass(caller, id, "Inspection of the trust's serious incident handling.")
                    .then()
                    .statusCode(201);
        }
        // The history is read from the event store, so it is complete once the caller may see the incident at all.
        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.as(caller)
                .get("/incidents/" + id + "/history")
                .then()
                .statusCode(200)
                .body("event", hasItem("IncidentReported")));
        return Api.as(caller)
                .get("/incidents/" + id + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
