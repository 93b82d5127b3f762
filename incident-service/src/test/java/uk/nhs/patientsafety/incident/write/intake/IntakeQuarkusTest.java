package uk.nhs.patientsafety.incident.write.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static uk.nhs.patientsafety.incident.fixtures.Reports.patient;
import static uk.nhs.patientsafety.incident.fixtures.Reports.with;
import static uk.nhs.patientsafety.incident.fixtures.Reports.withPatient;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.nhs.patientsafety.incident.fixtures.Api;
import uk.nhs.patientsafety.incident.fixtures.Database;
import uk.nhs.patientsafety.incident.fixtures.Reports;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestTokens;
import uk.nhs.patientsafety.testing.TestUser;

/** {@code POST /incidents}: a report is stored once, retries are safe, revisions are ordered, bad input is refused. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class IntakeQuarkusTest {

    static final TestUser RT5_REPORTER = TestUser.providerReporter("RT5");

    @Inject
    AgroalDataSource dataSource;

    Database db;

    @BeforeEach
    void connect() {
        db = new Database(dataSource);
    }

    @Test
    void aReportCreatesAnIncidentUnderTheProvidersFramework() {
        Map<String, Object> body = Reports.incident("RT5");

        Response created = Api.report(RT5_REPORTER, body);

        created.then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("providerOds", equalTo("RT5"))
                .body("providerReference", equalTo(body.get("providerReference")))
                .body("revision", equalTo(1))
                // RT5 adopted PSIRF in 2023 (reference data): a new record is PSIRF.
                .body("framework", equalTo("PSIRF2022"))
                .body("kind", equalTo("incident"))
                .body("status", equalTo("reported"))
                .body("allowedActions", hasItem("choose-learning-response"))
                .body("patientRefs.size()", equalTo(1));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/incidents/" + id);
        assertThat(db.count("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", id))
                .isPositive();
    }

    @Test
    void aProviderStillOnSifGetsSifIncidents() {
        Api.report(TestUser.providerReporter("RKB"), Reports.incident("RKB"))
                .then()
                .statusCode(201)
                .body("framework", equalTo("SIF2015"))
                .body("allowedActions", hasItem("declare-serious-incident"));
    }

    @Test
    void aNeverEventReportedByASifProviderIsAlreadyASeriousIncident() {
        TestUser rkb = TestUser.providerReporter("RKB");
        String id = Api.report(rkb, with(Reports.incident("RKB"), "neverEventType", "1"))
                .then()
                .statusCode(201)
                .body("status", equalTo("si_declared"))
                .body("allowedActions", hasItem("log-on-steis"))
                .extract()
                .path("id");

        org.awaitility.Awaitility.await().atMost(Api.PATIENCE).untilAsserted(() -> Api.as(rkb)
                .get("/incidents/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("si_declared"))
                .body("deadlines.find { it.type == 'steis_2wd' }.state", equalTo("open")));
    }

    @Test
    void aPatientWithoutAnNhsNumberKeepsTheirIdentityAcrossRevisionsSoWorseHarmIsRecognised() {
        TestUser rkb = TestUser.providerPatientSafetyLead("RKB");
        // Two patients without NHS numbers (as LFPSE records usually are); the second dies after the first report.
        Map<String, Object> first = with(
                Reports.incident("RKB"),
                "patients",
                new ArrayList<>(List.of(patient(null, "3", "4"), patient(null, "3", "4"))));
        Response created = Api.report(rkb, first);
        String id = created.then().statusCode(201).extract().path("id");
        List<String> refs = created.then().extract().path("patientRefs");
        Map<String, Object> second = with(
                with(first, "revision", 2),
                "patients",
                new ArrayList<>(List.of(patient(null, "3", "4"), patient(null, "1", "4"))));

        Response revised = Api.report(rkb, second);

        revised.then().statusCode(200).body("patientRefs", equalTo(refs));
        org.awaitility.Awaitility.await().atMost(Api.PATIENCE).untilAsserted(() -> Api.as(rkb)
                .get("/incidents/" + id + "/history")
                .then()
                .statusCode(200)
                .body("findAll { it.event == 'HarmRegraded' }.details.patientRef", equalTo(List.of(refs.get(1))))
                .body("find { it.event == 'HarmRegraded' }.details.physicalHarm", equalTo("1")));
    }

    @Test
    void everyKindIsAccepted() {
        for (Map<String, Object> body : List.of(Reports.outcome("RT5"), Reports.risk("RT5"), Reports.goodCare("RT5"))) {
            Api.report(RT5_REPORTER, body).then().statusCode(201).body("kind", equalTo(body.get("kind")));
        }
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheOriginalAnswerAndStoresNothingMore() {
        Map<String, Object> body = Reports.incident("RT5");
        String key = UUID.randomUUID().toString();
        Response first = Api.report(RT5_REPORTER, body, key);
        first.then().statusCode(201);
        long stored = db.storedFor((String) body.get("providerReference"), key);

        Response retry = Api.report(RT5_REPORTER, body, key);

        retry.then().statusCode(201);
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(db.storedFor((String) body.get("providerReference"), key)).isEqualTo(stored);
    }

    @Test
    void theSameKeyWithADifferentBodyIsAConflict() {
        Map<String, Object> body = Reports.incident("RT5");
        String key = UUID.randomUUID().toString();
        Api.report(RT5_REPORTER, body, key).then().statusCode(201);

        Api.report(RT5_REPORTER, with(body, "description", "Something else entirely."), key)
                .then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://patient-safety.nhs.uk/problems/idempotency-key-reused"));
    }

    @Test
    void aNewerRevisionUpdatesTheIncidentAndAnOlderOrEqualOneIsAConflict() {
        Map<String, Object> body = Reports.incident("RT5");
        String id = Api.reported(RT5_REPORTER, body);

        Api.report(RT5_REPORTER, with(with(body, "revision", 2), "description", "Revised after review."))
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("revision", equalTo(2));
        Api.report(RT5_REPORTER, with(body, "revision", 2))
                .then()
                .statusCode(409)
                .body("storedRevision", equalTo(2))
                .body("incidentId", equalTo(id));
        Api.report(RT5_REPORTER, with(body, "revision", 1)).then().statusCode(409);

        assertThat(db.strings("SELECT revision::text FROM provider_reference WHERE incident_id = ?", id))
                .containsExactly("2");
    }

    @Test
    void aRevisionThatWorsensHarmRegradesIt() {
        Map<String, Object> body = Reports.incident("RT5");
        String id = Api.reported(RT5_REPORTER, body);

        Api.report(RT5_REPORTER, withPatient(with(body, "revision", 2), "physicalHarm", "2"))
                .then()
                .statusCode(200);

        assertThat(db.strings(
                        "SELECT payload->>'physicalHarm' FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload_type LIKE '%HarmRegraded'",
                        id))
                .containsExactly("2");
    }

    @Test
    void aReporterCannotReportForAnotherOrganisation() {
        Map<String, Object> body = Reports.incident("RKB");
        String key = UUID.randomUUID().toString();

        Api.report(RT5_REPORTER, body, key).then().statusCode(403).contentType(startsWith("application/problem+json"));

        assertThat(db.storedFor((String) body.get("providerReference"), key)).isZero();
    }

    @Test
    void commissionersAndRegionsCannotReport() {
        for (TestUser user : List.of(
                TestUser.icbQualityLead("QK1"), TestUser.nhseRegional("Y60"), TestUser.providerCandourLead("RT5"))) {
            Api.report(user, Reports.incident("RT5")).then().statusCode(403);
        }
    }

    @Test
    void withoutATokenNothingIsStored() {
        Map<String, Object> body = Reports.incident("RT5");
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "k-" + UUID.randomUUID())
                .body(body)
                .post("/incidents")
                .then()
                .statusCode(401);
        assertThat(db.count(
                        "SELECT count(*) FROM provider_reference WHERE reference = ?", body.get("providerReference")))
                .isZero();
    }

    /** A bad request: what to send, the status expected, and the field the answer must name (or null). */
    record Bad(String name, Object body, int status, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> badInputs() {
        Map<String, Object> ok = Reports.incident("RT5");
        String today = LocalDate.now().toString();
        List<Map<String, Object>> manyPatients = new ArrayList<>(Collections.nCopies(101, patient(null, "5", "4")));
        return Stream.of(
                        new Bad("not JSON at all", "{\"providerOds\": ", 400, null),
                        new Bad("a JSON array", "[]", 400, null),
                        new Bad("revision as a word", with(ok, "revision", "one"), 400, "revision"),
                        new Bad("revision as a fraction", with(ok, "revision", 1.5), 400, "revision"),
                        new Bad("revision zero", with(ok, "revision", 0), 400, "revision"),
                        new Bad("impossible date", with(ok, "occurredOn", "2026-13-45"), 400, "occurredOn"),
                        new Bad("a number as the description", with(ok, "description", 5), 400, "description"),
                        new Bad(
                                "a boolean as actions taken",
                                with(ok, "immediateActions", true),
                                400,
                                "immediateActions"),
                        new Bad(
                                "a date-time as a date",
                                with(ok, "occurredOn", "2025-06-01T23:30:00Z"),
                                400,
                                "occurredOn"),
                        new Bad(
                                "occurred in the future",
                                with(
                                        ok,
                                        "occurredOn",
                                        LocalDate.now().plusDays(2).toString()),
                                400,
                                "occurredOn"),
                        new Bad(
                                "identified before it occurred",
                                with(ok, "identifiedAt", LocalDate.now().minusDays(10) + "T09:00:00Z"),
                                400,
                                "identifiedAt"),
                        new Bad(
                                "identified in the future",
                                with(
                                        ok,
                                        "identifiedAt",
                                        Instant.now().plus(2, ChronoUnit.DAYS).toString()),
                                400,
                                "identifiedAt"),
                        new Bad("no provider", with(ok, "providerOds", null), 400, "providerOds"),
                        new Bad("lower-case ODS code", with(ok, "providerOds", "rt5"), 400, "providerOds"),
                        new Bad("ODS code with punctuation", with(ok, "providerOds", "R!5"), 400, "providerOds"),
                        new Bad("no provider reference", with(ok, "providerReference", null), 400, "providerReference"),
                        new Bad(
                                "provider reference too long",
                                with(ok, "providerReference", "R".repeat(65)),
                                400,
                                "providerReference"),
                        new Bad("unknown kind", with(ok, "kind", "accident"), 400, "kind"),
                        new Bad("no description", with(ok, "description", null), 400, "description"),
                        new Bad("description too long", with(ok, "description", "a".repeat(4001)), 400, "description"),
                        new Bad(
                                "markup in the description",
                                with(ok, "description", "Fell <script>alert(1)</script>"),
                                400,
                                "description"),
                        new Bad(
                                "right-to-left override",
                                with(ok, "description", "Dose \u202E01 gm"),
                                400,
                                "description"),
                        new Bad("zero-width space", with(ok, "description", "Dose\u200B given"), 400, "description"),
                        new Bad("NUL character", with(ok, "description", "Dose\u0000given"), 400, "description"),
                        new Bad(
                                "Unicode non-character",
                                with(ok, "immediateActions", "Reviewed \uFFFF"),
                                400,
                                "immediateActions"),
                        new Bad(
                                "NHS number failing Modulus 11",
                                withPatient(ok, "nhsNumber", "9434765918"),
                                400,
                                "patients[0].nhsNumber"),
                        new Bad(
                                "NHS number with letters",
                                withPatient(ok, "nhsNumber", "94347659AB"),
                                400,
                                "patients[0].nhsNumber"),
                        new Bad(
                                "NHS number too short",
                                withPatient(ok, "nhsNumber", "123"),
                                400,
                                "patients[0].nhsNumber"),
                        new Bad(
                                "physical harm code 7",
                                withPatient(ok, "physicalHarm", "7"),
                                400,
                                "patients[0].physicalHarm"),
                        new Bad(
                                "psychological harm code 5",
                                withPatient(ok, "psychologicalHarm", "5"),
                                400,
                                "patients[0].psychologicalHarm"),
                        new Bad("incident without patients", with(ok, "patients", List.of()), 400, "patients"),
                        new Bad(
                                "patient without harm",
                                withPatient(ok, "physicalHarm", null),
                                400,
                                "patients[0].physicalHarm"),
                        new Bad(
                                "born in the future",
                                withPatient(
                                        ok,
                                        "dateOfBirth",
                                        LocalDate.now().plusYears(1).toString()),
                                400,
                                "patients[0].dateOfBirth"),
                        new Bad("101 patients", with(ok, "patients", manyPatients), 400, "patients"),
                        new Bad(
                                "patients as an object",
                                with(ok, "patients", Map.of("nhsNumber", "9434765919")),
                                400,
                                "patients"),
                        new Bad("never event type 16", with(ok, "neverEventType", "16"), 400, "neverEventType"),
                        new Bad("harmed near miss", with(ok, "nearMiss", true), 400, "patients[0].physicalHarm"),
                        new Bad(
                                "risk without imminence",
                                with(Reports.risk("RT5"), "risk", Map.of("theme", "staffing")),
                                400,
                                "risk.imminent"),
                        new Bad(
                                "good care with harm",
                                with(Reports.goodCare("RT5"), "patients", List.of(patient(null, "3", "4"))),
                                400,
                                "patients[0].physicalHarm"),
                        new Bad(
                                "outcome without its type",
                                with(Reports.outcome("RT5"), "outcomeType", null),
                                400,
                                "outcomeType"),
                        new Bad(
                                "outcome type on an incident",
                                with(ok, "outcomeType", "unplanned_readmission"),
                                400,
                                "outcomeType"),
                        new Bad(
                                "the provider involved in its own incident",
                                with(ok, "involvedOrganisations", List.of("RT5")),
                                400,
                                "involvedOrganisations[0]"),
                        new Bad(
                                "an invalid involved organisation",
                                with(ok, "involvedOrganisations", List.of("not an ods")),
                                400,
                                "involvedOrganisations[0]"),
                        new Bad(
                                "coordinator not involved",
                                with(ok, "coordinatingOrganisation", "RKB"),
                                400,
                                "coordinatingOrganisation"),
                        new Bad("an oversized body", with(ok, "description", "x".repeat(300_000)), 413, null))
                .map(Arguments::of);
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void aBadReportIsRefusedWithAUsefulProblemAndNothingIsStored(Bad bad) {
        String key = "bad-" + UUID.randomUUID();
        Object body = bad.body();
        String reference = "none";
        if (body instanceof Map<?, ?> map
                && map.get("providerReference") instanceof String given
                && given.startsWith("LRMS-")) {
            // Each case its own reference, so that what one stores could never be blamed on another.
            reference = "LRMS-" + UUID.randomUUID();
            body = with(Reports.with((Map<String, Object>) map, "providerReference", reference), "x", null);
        }

        Response response = Api.as(RT5_REPORTER)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/incidents");

        response.then()
                .statusCode(bad.status())
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(bad.status()))
                .body("detail", org.hamcrest.Matchers.notNullValue());
        if (bad.field() != null) {
            response.then().body("errors.field", hasItem(bad.field()));
        }
        assertThat(response.asString()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(db.storedFor(reference, key)).isZero();
    }

    @Test
    void aReportWithoutAnIdempotencyKeyIsRefused() {
        Api.as(RT5_REPORTER)
                .contentType(ContentType.JSON)
                .body(Reports.incident("RT5"))
                .post("/incidents")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    void aReportInTheWrongMediaTypeIsRefused() {
        given().auth()
                .oauth2(TestTokens.issue(RT5_REPORTER))
                .contentType(ContentType.TEXT)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("providerOds=RT5")
                .post("/incidents")
                .then()
                .statusCode(415)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void welshAndAccentedTextIsAccepted() {
        Api.report(RT5_REPORTER, with(Reports.incident("RT5"), "description", "Claf ŵyr ŷd — café naïve, 5mg/kg"))
                .then()
                .statusCode(201);
    }
}
