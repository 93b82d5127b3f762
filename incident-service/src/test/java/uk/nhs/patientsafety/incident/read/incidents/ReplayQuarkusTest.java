package uk.nhs.patientsafety.incident.read.incidents;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.incident.fixtures.Api;
import uk.nhs.patientsafety.incident.fixtures.Database;
import uk.nhs.patientsafety.incident.fixtures.Journeys;
import uk.nhs.patientsafety.incident.fixtures.Reports;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;

/** The read model is derived data: replaying the event store rebuilds it row for row. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class ReplayQuarkusTest {

    /** This test's incidents, every column. (Other tests' incidents may still be changing: their clocks run.) */
    static final String SNAPSHOT = "SELECT string_agg(row_to_json(v)::text, E'\\n' ORDER BY incident_id)"
            + " FROM incident_view v WHERE incident_id = ANY(string_to_array(?, ','))";

    static final String ADMIN = "/admin/read-models/" + IncidentProjection.GROUP;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void replayRebuildsTheReadModelIdentically() {
        Database db = new Database(dataSource);
        TestUser rkb = TestUser.providerPatientSafetyLead("RKB");
        TestUser rt5 = TestUser.providerPatientSafetyLead("RT5");
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            // Identified just now, so that no deadline of these incidents fires while the test compares.
            ids.add(Journeys.loggedOnSteis(
                    rkb,
                    Reports.identifiedJustNow(
                            Reports.with(Reports.incident("RKB"), "involvedOrganisations", List.of("RT5")))));
            ids.add(Journeys.psirfResponseChosen(rt5, "swarm", Reports.risk("RT5")));
        }
        await().atMost(Api.PATIENCE).until(ReplayQuarkusTest::caughtUp);
        String before = db.strings(SNAPSHOT, String.join(",", ids)).get(0);

        // The administrator's rebuild: the projection's reset empties the table, then every event is replayed.
        Api.as(ADMINISTRATOR)
                .post(ADMIN + "/rebuild")
                .then()
                .statusCode(202)
                .body("processingGroup", equalTo(IncidentProjection.GROUP));
        await().atMost(Api.PATIENCE).until(ReplayQuarkusTest::caughtUp);

        assertThat(db.strings(SNAPSHOT, String.join(",", ids)).get(0)).isEqualTo(before);
    }

    @Test
    void onlyAPlatformAdministratorMayRebuildOrWatchTheReadModel() {
        for (TestUser user : List.of(
                TestUser.providerPatientSafetyLead("RT5"), TestUser.icbQualityLead("QK1"), TestUser.nhseNational())) {
            Api.as(user).post(ADMIN + "/rebuild").then().statusCode(403);
            Api.as(user).get(ADMIN).then().statusCode(403);
        }
        given().post(ADMIN + "/rebuild").then().statusCode(401);
    }

    static final TestUser ADMINISTRATOR = TestUser.platformAdmin();

    private static boolean caughtUp() {
        return Api.as(ADMINISTRATOR).get(ADMIN).then().statusCode(200).extract().<Boolean>path("caughtUp");
    }
}
