package uk.nhs.patientsafety.summit.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.nhs.patientsafety.summit.fixtures.Api.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.nhs.patientsafety.summit.fixtures.Summits;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.StoredRows;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;

/** The summits, escalations and levels views are derived data: replaying the event store rebuilds them exactly. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class ViewsReplayQuarkusTest {

    static final TestUser ADMINISTRATOR = TestUser.platformAdmin();

    @Inject
    AgroalDataSource dataSource;

    @ParameterizedTest
    @CsvSource({
        "summit.summits, summit_view, summit_id",
        "summit.summits, summit_action_view, action_id",
        "summit.escalations, escalation_view, escalation_id",
        "summit.levels, provider_level_view, provider_ods"
    })
    void replayRebuildsTheViewIdentically(String group, String table, String key) {
        StoredRows db = new StoredRows(dataSource);
        String summit = Summits.held(QK1, "RT5");
        act(QK1, "/summits/" + summit, "record-outcomes", Summits.outcomes(true, "RT5"))
                .then()
                .statusCode(200);
        String escalation = raised(
                QK1,
                Map.of("direction", "icb_to_region", "providerOds", "RT5", "summary", "Pressures."),
                "/escalations");
        act(MIDLANDS, "/escalations/" + escalation, "acknowledge", Map.of())
                .then()
                .statusCode(200);
        as(MIDLANDS)
                .contentType("application/json")
                .body(Map.of(
                        "toLevel",
                        current(db).equals("routine") ? "enhanced_surveillance" : "routine",
                        "decisionMaker",
                        "Regional director",
                        "rationale",
                        "Replay test.",
                        "reviewOn",
                        LocalDate.now().plusMonths(1).toString()))
                .post("/escalations/levels/RKB/actions/change-level")
                .then()
                .statusCode(200);
        String admin = "/admin/read-models/" + group;
        await().atMost(PATIENCE)
                .until(() -> db.count(
                                        "SELECT count(*) FROM escalation_view WHERE escalation_id = ?"
                                                + " AND status = 'under_consideration'",
                                        escalation)
                                == 1
                        && caughtUp(admin));
        String snapshot = "SELECT string_agg(row_to_json(v)::text, E'\\n' ORDER BY " + key + ") FROM " + table + " v";
        String before = db.strings(snapshot).get(0);

        as(ADMINISTRATOR).post(admin + "/rebuild").then().statusCode(202);
        await().atMost(PATIENCE).until(() -> caughtUp(admin));

        assertThat(db.strings(snapshot).get(0)).isEqualTo(before);
    }

    /** One step from where RKB is now (other tests move it too). */
    private static String current(StoredRows db) {
        List<String> level = db.strings("SELECT level FROM provider_level_view WHERE provider_ods = 'RKB'");
        return level.isEmpty() ? "routine" : level.get(0);
    }

    private static boolean caughtUp(String admin) {
        return as(ADMINISTRATOR).get(admin).then().statusCode(200).extract().<Boolean>path("caughtUp");
    }
}
