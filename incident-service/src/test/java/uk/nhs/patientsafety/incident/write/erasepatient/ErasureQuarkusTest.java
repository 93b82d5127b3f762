package uk.nhs.patientsafety.incident.write.erasepatient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.incident.fixtures.Api;
import uk.nhs.patientsafety.incident.fixtures.Database;
import uk.nhs.patientsafety.incident.fixtures.Reports;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;

/** Identities are encrypted at rest per patient, and erasing a patient destroys only their key. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class ErasureQuarkusTest {

    static final TestUser RT5 = TestUser.providerPatientSafetyLead("RT5");
    /** A patient of this test alone (valid Modulus 11), so that erasing them leaves other tests' patients alone. */
    static final String ERASED = "9990000026";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void noPatientIdentityIsStoredInClear() {
        Database db = new Database(dataSource);
        String id = Api.reported(RT5, Reports.incidentAbout("RT5", Reports.OTHER_NHS_NUMBER));

        assertThat(db.count(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND (payload::text LIKE ?"
                                + " OR payload::text LIKE '%Test Patient%' OR payload::text LIKE '%1950-03-14%')",
                        id, "%" + Reports.OTHER_NHS_NUMBER + "%"))
                .isZero();
        await().atMost(Api.PATIENCE).untilAsserted(() -> assertThat(db.count(
                        "SELECT count(*) FROM incident_view WHERE incident_id = ? AND patients::text NOT LIKE ?",
                        id,
                        "%" + Reports.OTHER_NHS_NUMBER + "%"))
                .isEqualTo(1));
    }

    @Test
    void erasingAPatientMakesTheirIdentityUnreadableWithoutRewritingEvents() {
        Database db = new Database(dataSource);
        String first = Api.reported(RT5, Reports.incidentAbout("RT5", ERASED));
        String second = Api.reported(RT5, Reports.incidentAbout("RT5", ERASED));
        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.as(RT5)
                .get("/incidents/" + second)
                .then()
                .statusCode(200)
                .body("patients[0].identity.nhsNumber", equalTo(ERASED)));
        String ref = Api.as(RT5).get("/incidents/" + first).then().extract().path("patients[0].ref");
        // The same NHS number is the same pseudonymous patient in both incidents.
        assertThat((String)
                        Api.as(RT5).get("/incidents/" + second).then().extract().path("patients[0].ref"))
                .isEqualTo(ref);
        String eventsBefore = db.strings(
                        "SELECT string_agg(payload::text, '' ORDER BY global_index) FROM domain_event_entry"
                                + " WHERE aggregate_identifier IN (?, ?)",
                        first,
                        second)
                .get(0);

        Api.as(TestUser.platformAdmin()).delete("/patients/" + ref).then().statusCode(204);

        for (String id : java.util.List.of(first, second)) {
            Api.as(RT5)
                    .get("/incidents/" + id)
                    .then()
                    .statusCode(200)
                    .body("patients[0].identity", nullValue())
                    .body("patients[0].erased", equalTo(true))
                    .body("patients[0].physicalHarm", equalTo("3"));
        }
        assertThat(db.strings(
                                "SELECT string_agg(payload::text, '' ORDER BY global_index) FROM domain_event_entry"
                                        + " WHERE aggregate_identifier IN (?, ?)",
                                first,
                                second)
                        .get(0))
                .isEqualTo(eventsBefore);
        assertThat(db.count("SELECT count(*) FROM patient_subject WHERE ref = ? AND wrapped_key IS NULL", ref))
                .isEqualTo(1);
        // Reported again after erasure, the patient is a new subject: the destroyed key is never revived.
        String third = Api.reported(RT5, Reports.incidentAbout("RT5", ERASED));
        await().atMost(Api.PATIENCE).untilAsserted(() -> Api.as(RT5)
                .get("/incidents/" + third)
                .then()
                .statusCode(200)
                .body("patients[0].identity.nhsNumber", equalTo(ERASED)));
        assertThat((String)
                        Api.as(RT5).get("/incidents/" + third).then().extract().path("patients[0].ref"))
                .isNotEqualTo(ref);
    }
}
