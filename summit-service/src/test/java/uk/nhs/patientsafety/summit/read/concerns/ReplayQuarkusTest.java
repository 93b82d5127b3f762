package uk.nhs.patientsafety.summit.read.concerns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static uk.nhs.patientsafety.summit.fixtures.Api.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.StoredRows;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestUser;

/** The concerns view is derived data, on real PostgreSQL: replaying the event store rebuilds it row for row. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class ReplayQuarkusTest {

    static final String SNAPSHOT = "SELECT string_agg(row_to_json(v)::text, E'\\n' ORDER BY concern_id)"
            + " FROM concern_view v WHERE concern_id = ANY(string_to_array(?, ','))";
    static final String ADMIN = "/admin/read-models/" + ConcernProjection.GROUP;
    static final TestUser ADMINISTRATOR = TestUser.platformAdmin();

    @Inject
    AgroalDataSource dataSource;

    @Test
    void replayRebuildsTheConcernsViewIdentically() {
        StoredRows db = new StoredRows(dataSource);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String monitored = raised(QK1, concern("RT5"));
            act(
                            QK1,
                            "/concerns/" + monitored,
                            "screen",
                            Map.of(
                                    "outcome",
                                    "monitor",
                                    "reviewOn",
                                    LocalDate.now().plusMonths(2).toString()))
                    .then()
                    .statusCode(200);
            String closed = raised(CQC, concern("RKB"));
            act(QWU, "/concerns/" + closed, "screen", Map.of("outcome", "no_action", "reason", "In hand."))
                    .then()
                    .statusCode(200);
            act(QWU, "/concerns/" + closed, "close", Map.of()).then().statusCode(200);
            ids.add(monitored);
            ids.add(closed);
        }
        await().atMost(PATIENCE)
                .until(() -> db.count(
                                "SELECT count(*) FROM concern_view WHERE concern_id = ANY(string_to_array(?, ','))"
                                        + " AND status IN ('monitoring', 'closed')",
                                String.join(",", ids))
                        == ids.size());
        String before = db.strings(SNAPSHOT, String.join(",", ids)).get(0);

        as(ADMINISTRATOR)
                .post(ADMIN + "/rebuild")
                .then()
                .statusCode(202)
                .body("processingGroup", equalTo(ConcernProjection.GROUP));
        await().atMost(PATIENCE).until(ReplayQuarkusTest::caughtUp);

        assertThat(db.strings(SNAPSHOT, String.join(",", ids)).get(0)).isEqualTo(before);
    }

    private static boolean caughtUp() {
        return as(ADMINISTRATOR).get(ADMIN).then().statusCode(200).extract().<Boolean>path("caughtUp");
    }
}
