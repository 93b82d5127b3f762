package uk.nhs.patientsafety.incident.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.incident.fixtures.Api;
import uk.nhs.patientsafety.incident.fixtures.Database;
import uk.nhs.patientsafety.incident.fixtures.Journeys;
import uk.nhs.patientsafety.incident.fixtures.Reports;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;

/**
 * Every role against its own and another organisation's incident (DOMAIN §9). Reference data
 * ({@code commissioning-test.json}): RT5 (PSIRF) is led by QK1; RKB (SIF) is led by QWU with QHL as a responsible
 * commissioner; RRK (PSIRF) is led by QHL with QK1 as a responsible commissioner; all are in region Y60.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class AccessQuarkusTest {

    static final TestUser RT5_REPORTER = TestUser.providerReporter("RT5");
    static final TestUser RT5_LEAD = TestUser.providerPatientSafetyLead("RT5");
    static final TestUser RKB_LEAD = TestUser.providerPatientSafetyLead("RKB");
    static final TestUser RKB_REPORTER = TestUser.providerReporter("RKB");
    static final TestUser QK1 = TestUser.icbQualityLead("QK1");
    static final TestUser QK1_VIEWER = TestUser.icbViewer("QK1");
    static final TestUser QWU = TestUser.icbQualityLead("QWU");
    static final TestUser QHL = TestUser.icbQualityLead("QHL");

    @Inject
    AgroalDataSource dataSource;

    Database db;

    @BeforeEach
    void connect() {
        db = new Database(dataSource);
    }

    private String visibleIncident(TestUser reporter, Map<String, Object> body) {
        // Projected before anyone else looks: a 404 for someone else then means "not theirs", not "not there yet".
        return Journeys.visibleTo(reporter, Api.reported(reporter, body));
    }

    @Test
    void theProvidersOwnStaffSeeTheFullRecord() {
        String id = visibleIncident(RT5_REPORTER, Reports.incident("RT5"));
        for (TestUser own : List.of(RT5_REPORTER, RT5_LEAD, TestUser.providerCandourLead("RT5"))) {
            Api.as(own)
                    .get("/incidents/" + id)
                    .then()
                    .statusCode(200)
                    .body("view", equalTo("full"))
                    .body("patients[0].identity.nhsNumber", equalTo(Reports.NHS_NUMBER))
                    .body("description", org.hamcrest.Matchers.notNullValue());
        }
        assertThat(db.count("SELECT count(*) FROM access_audit WHERE record_id = ?", id))
                .isZero();
    }

    @Test
    void anotherProviderSeesNothingAndCannotAct() {
        String id = visibleIncident(RT5_REPORTER, Reports.incident("RT5"));
        Api.as(RKB_REPORTER).get("/incidents/" + id).then().statusCode(404);
        Api.as(RKB_LEAD).get("/incidents/" + id + "/history").then().statusCode(404);
        Api.act(RKB_LEAD, id, "choose-learning-response", Map.of("responseType", "aar"))
                .then()
                .statusCode(404);
        // The same list for the owner has it, so its absence from the other provider's list is access, not paging.
        Api.as(RT5_REPORTER)
                .get("/incidents?providerOds=RT5&size=100")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
        Api.as(RKB_LEAD)
                .get("/incidents?providerOds=RT5&size=100")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
        Api.as(RKB_LEAD)
                .get("/incidents?size=100")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
    }

    @Test
    void anInvolvedOrganisationSeesItPseudonymisedAndTheReadIsAudited() {
        String id = visibleIncident(
                RT5_REPORTER, Reports.with(Reports.incident("RT5"), "involvedOrganisations", List.of("RKB")));
        Api.as(RKB_REPORTER)
                .get("/incidents/" + id)
                .then()
                .statusCode(200)
                .body("view", equalTo("pseudonymised"))
                .body("description", nullValue())
                .body("patients[0].identity", nullValue())
                .body("patients[0].ageBand", org.hamcrest.Matchers.notNullValue());
        assertThat(db.strings("SELECT org || ':' || view || ':' || purpose FROM access_audit WHERE record_id = ?", id))
                .containsExactly("RKB:pseudonymised:read");
    }

    @Test
    void theLeadCommissionerSeesAnIncidentPseudonymisedAndASeriousIncidentInFull() {
        String id = visibleIncident(TestUser.providerReporter("RKB"), Reports.incident("RKB"));
        Api.as(QWU).get("/incidents/" + id).then().statusCode(200).body("view", equalTo("pseudonymised"));

        Journeys.declare(RKB_LEAD, id);
        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.as(QWU)
                .get("/incidents/" + id)
                .then()
                .body("view", equalTo("full"))
                .body("patients[0].identity.nhsNumber", equalTo(Reports.NHS_NUMBER)));
        assertThat(db.count("SELECT count(*) FROM access_audit WHERE record_id = ? AND org = 'QWU'", id))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aResponsibleCommissionerSeesItPseudonymisedAndAnUnrelatedIcbNothing() {
        String id = visibleIncident(TestUser.providerReporter("RRK"), Reports.incident("RRK"));
        Api.as(QK1).get("/incidents/" + id).then().statusCode(200).body("view", equalTo("pseudonymised"));
        Api.as(QWU).get("/incidents/" + id).then().statusCode(404);
        // Seeing is not acting: the responsible commissioner cannot take the lead commissioner's decisions (refused
        // before the status is even considered), while the provider still acts on its own incident.
        Api.act(QK1, id, "agree-extension", Map.of("reportDue", "2099-01-01", "reason", "Not theirs to agree."))
                .then()
                .statusCode(403);
        Api.act(
                        TestUser.providerPatientSafetyLead("RRK"),
                        id,
                        "choose-learning-response",
                        Map.of("responseType", "aar"))
                .then()
                .statusCode(200);
    }

    @Test
    void aResponsibleCommissionerCannotTakeTheLeadCommissionersDecisionsOnASeriousIncident() {
        // RKB is still on SIF, led by QWU; QHL is a responsible commissioner of it (and the lead of RRK).
        String id = Journeys.visibleTo(RKB_LEAD, Journeys.downgradeRequested(RKB_LEAD));
        Api.as(QHL).get("/incidents/" + id).then().statusCode(200).body("view", equalTo("pseudonymised"));

        Api.act(QHL, id, "agree-downgrade").then().statusCode(403);
        Api.act(QHL, id, "refuse-downgrade", Map.of("reason", "Not theirs to refuse."))
                .then()
                .statusCode(403);
        assertThat(db.count(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND (payload_type LIKE '%DowngradeAgreed' OR payload_type LIKE '%DowngradeRefused')",
                        id))
                .isZero();

        Api.act(QWU, id, "agree-downgrade").then().statusCode(200).body("status", equalTo("downgraded"));
    }

    static final TestUser CQC =
            new TestUser("cqc.inspector", java.util.Set.of("cqc-inspector"), "X23", "regulator", null);

    @Test
    void aRegionSeesItsSeriousIncidentsAndNeverEventsPseudonymisedAndOnlyCountsTheRest() {
        TestUser region = TestUser.nhseRegional("Y60");
        String ordinary = visibleIncident(RT5_REPORTER, Reports.incident("RT5"));
        String neverEvent = visibleIncident(
                RT5_REPORTER, Reports.identifiedJustNow(Reports.with(Reports.incident("RT5"), "neverEventType", "5")));
        String serious = Journeys.initialReviewSubmitted(RKB_LEAD, Reports.incident("RKB"));
        Journeys.visibleTo(RKB_LEAD, serious);

        Api.as(region).get("/incidents/" + ordinary).then().statusCode(404);
        Api.as(region).get("/incidents/" + neverEvent).then().statusCode(200).body("view", equalTo("pseudonymised"));
        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.as(region)
                .get("/incidents/" + serious)
                .then()
                .statusCode(200)
                .body("view", equalTo("pseudonymised")));
        List<String> listed = Api.as(region)
                .get("/incidents?size=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(listed).contains(neverEvent, serious).doesNotContain(ordinary);
        Api.as(TestUser.nhseRegional("Y56"))
                .get("/incidents/" + neverEvent)
                .then()
                .statusCode(404);
        // The ordinary one is counted, not shown.
        assertThat(count(region, "RT5")).isGreaterThanOrEqualTo(2);
        assertThat(count(TestUser.nhseRegional("Y56"), "RT5")).isZero();
    }

    @Test
    void nationalTeamsAndTheRegulatorSeeAggregatesAndBreakGlassForOneIncident() {
        String id = visibleIncident(RT5_REPORTER, Reports.incident("RT5"));
        for (TestUser user : List.of(TestUser.nhseNational(), CQC)) {
            Api.as(user).get("/incidents/" + id).then().statusCode(404);
            assertThat(count(user, "RT5")).isPositive();
            Api.breakGlass(user, id, " ").then().statusCode(400).body("errors.field", hasItem("reason"));
            Api.breakGlass(user, id, "Concern raised by a family about this ward.")
                    .then()
                    .statusCode(201)
                    .body("view", equalTo("pseudonymised"))
                    .body("expiresAt", notNullValue());
            Api.as(user).get("/incidents/" + id).then().statusCode(200).body("view", equalTo("pseudonymised"));
            assertThat(db.count(
                            "SELECT count(*) FROM access_audit WHERE record_id = ? AND subject = ? AND purpose IN"
                                    + " ('break-glass', 'break-glass read')",
                            id,
                            user.subject()))
                    .isEqualTo(2);
        }
        // The reason is kept with the grant, which expires.
        assertThat(db.count(
                        "SELECT count(*) FROM break_glass_grant WHERE record_id = ? AND reason LIKE 'Concern%'"
                                + " AND expires_at > now() AND expires_at <= now() + interval '4 hours'",
                        id))
                .isEqualTo(2);
        // Once the grant expires, the incident is closed to them again.
        db.rows()
                .execute(
                        "UPDATE break_glass_grant SET expires_at = now() - interval '1 minute' WHERE record_id = ?",
                        id);
        Api.as(TestUser.nhseNational()).get("/incidents/" + id).then().statusCode(404);
        // Nobody else breaks glass, and nobody breaks glass on an incident that does not exist.
        Api.breakGlass(TestUser.platformAdmin(), id, "Curious.").then().statusCode(403);
        Api.breakGlass(QK1, id, "Curious.").then().statusCode(403);
        Api.breakGlass(TestUser.nhseNational(), "no-such-incident", "Concern.")
                .then()
                .statusCode(404);
    }

    @Test
    void aggregatesCountByProviderMonthKindHarmAndStatusWithinTheCallersScope() {
        visibleIncident(RT5_REPORTER, Reports.incident("RT5"));
        String month = java.time.YearMonth.from(java.time.LocalDate.now().minusDays(3))
                .toString(); // Reports.incident: 3 days ago
        Api.as(TestUser.nhseNational())
                .get("/incidents/aggregates?providerOds=RT5")
                .then()
                .statusCode(200)
                .body("groups.providerOds", everyItem(equalTo("RT5")))
                .body("groups.month", hasItem(month))
                .body("groups[0].keySet()", hasItems("kind", "worstHarm", "status", "count"))
                .body("groups.description", everyItem(nullValue()));
        // An ICB counts only what it commissions; an operator counts nothing; a bad month is a 400 naming it.
        assertThat(count(QK1, "RKB")).isZero();
        assertThat(count(TestUser.platformAdmin(), "RT5")).isZero();
        Api.as(TestUser.nhseNational())
                .get("/incidents/aggregates?from=2026-13")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("from"));
    }

    private static long count(TestUser user, String provider) {
        List<Integer> counts = Api.as(user)
                .get("/incidents/aggregates?providerOds=" + provider)
                .then()
                .statusCode(200)
                .extract()
                .path("groups.count");
        return counts.stream().mapToLong(Integer::longValue).sum();
    }

    @Test
    void commissionerDecisionsNeedTheLeadCommissionersQualityLead() {
        String id = Journeys.downgradeRequested(RKB_LEAD);

        // The provider cannot agree its own downgrade; a viewer or another ICB cannot either.
        Api.act(RKB_LEAD, id, "agree-downgrade").then().statusCode(403);
        Api.act(TestUser.icbViewer("QWU"), id, "agree-downgrade").then().statusCode(403);
        Api.act(QK1, id, "agree-downgrade").then().statusCode(404);
        Api.act(QWU, id, "agree-downgrade").then().statusCode(200).body("status", equalTo("downgraded"));
    }

    @Test
    void aReporterCannotTakeLifecycleActions() {
        String id = visibleIncident(RT5_REPORTER, Reports.incident("RT5"));
        Api.act(RT5_REPORTER, id, "choose-learning-response", Map.of("responseType", "aar"))
                .then()
                .statusCode(403);
        Api.act(QK1_VIEWER, id, "choose-learning-response", Map.of("responseType", "aar"))
                .then()
                .statusCode(403);
    }

    @Test
    void listsShowOnlyWhatTheCallerMaySee() {
        String rt5 = visibleIncident(RT5_REPORTER, Reports.incident("RT5"));
        String rkb = visibleIncident(RKB_REPORTER, Reports.incident("RKB"));

        List<String> qk1Sees = Api.as(QK1)
                .get("/incidents?size=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        List<String> qwuSees = Api.as(QWU)
                .get("/incidents?size=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");

        assertThat(qk1Sees).contains(rt5).doesNotContain(rkb);
        assertThat(qwuSees).contains(rkb).doesNotContain(rt5);
        assertThat(db.count("SELECT count(*) FROM access_audit WHERE record_id = ? AND purpose = 'list'", rt5))
                .isPositive();
    }

    @Test
    void aPlatformOperatorSeesNoClinicalRecord() {
        String id = Api.reported(RT5_LEAD, Reports.incident("RT5"));
        Journeys.visibleTo(RT5_LEAD, id);
        TestUser operator = TestUser.platformAdmin();

        Api.as(operator).get("/incidents/" + id).then().statusCode(404);
        Api.as(operator).get("/incidents/" + id + "/history").then().statusCode(404);
        List<String> listed = Api.as(operator)
                .get("/incidents?size=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(listed).isEmpty();
        // The same incident its provider sees.
        Api.as(RT5_LEAD).get("/incidents/" + id).then().statusCode(200);
    }

    @Test
    void onlyPlatformAdministratorsErasePatients() {
        Api.as(RT5_LEAD).delete("/patients/pt-000000000000000000000000").then().statusCode(403);
        Api.as(TestUser.platformAdmin())
                .delete("/patients/pt-000000000000000000000000")
                .then()
                .statusCode(404);
    }
}
