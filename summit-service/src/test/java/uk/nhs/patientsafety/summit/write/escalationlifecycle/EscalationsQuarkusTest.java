package uk.nhs.patientsafety.summit.write.escalationlifecycle;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static uk.nhs.patientsafety.summit.fixtures.Api.*;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;

/**
 * Escalations over REST on real PostgreSQL: an escalation to the region is acknowledged, answered and its feedback
 * acknowledged before it closes; each level raises to the one above; outsiders do not see it.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class EscalationsQuarkusTest {

    static Map<String, Object> escalation(String direction, String providerOds) {
        return Map.of(
                "direction", direction, "providerOds", providerOds, "summary", "A&E waits beyond 12 hours all week.");
    }

    static String raised(uk.nhs.patientsafety.testing.TestUser user, String direction, String providerOds) {
        return post(user, "/escalations", escalation(direction, providerOds))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void anEscalationToTheRegionIsAcknowledgedAnsweredAndItsFeedbackAcknowledgedBeforeItCloses() {
        String id = post(QK1, "/escalations", escalation("icb_to_region", "RT5"))
                .then()
                .statusCode(201)
                .body("raisedToOds", equalTo("Y60"))
                .body("status", equalTo("raised"))
                .extract()
                .path("id");
        String path = "/escalations/" + id;

        act(QK1, path, "acknowledge", Map.of()).then().statusCode(403);
        act(LONDON, path, "acknowledge", Map.of()).then().statusCode(404);
        act(MIDLANDS, path, "acknowledge", Map.of())
                .then()
                .statusCode(200)
                .body("status", equalTo("under_consideration"));
        act(MIDLANDS, path, "respond", Map.of("decision", "maybe"))
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("decision", "actions", "ownerOds"));
        act(
                        MIDLANDS,
                        path,
                        "respond",
                        Map.of(
                                "decision",
                                "accepted_with_actions",
                                "actions",
                                "Daily system calls.",
                                "ownerOds",
                                "Y60"))
                .then()
                .statusCode(200)
                .body("status", equalTo("response_issued"));
        // Not without the raiser's acknowledgement of the feedback.
        act(MIDLANDS, path, "close", Map.of())
                .then()
                .statusCode(409)
                .body("allowedActions", equalTo(List.of("acknowledge-feedback")));
        act(MIDLANDS, path, "acknowledge-feedback", Map.of()).then().statusCode(403);
        act(QK1, path, "acknowledge-feedback", Map.of())
                .then()
                .statusCode(200)
                .body("status", equalTo("feedback_acknowledged"));
        act(QK1, path, "close", Map.of()).then().statusCode(200).body("status", equalTo("closed"));

        await().atMost(PATIENCE).untilAsserted(() -> get(MIDLANDS, path)
                .then()
                .statusCode(200)
                .body("status", equalTo("closed"))
                .body("response.decision", equalTo("accepted_with_actions"))
                .body("summary", containsString("A&E")));
        get(QK1, path).then().statusCode(200);
        for (var stranger : List.of(QWU, LONDON, RT5_LEAD, NATIONAL, CQC)) {
            get(stranger, path).then().statusCode(404).contentType("application/problem+json");
        }
        get(MIDLANDS, "/escalations?direction=icb_to_region&status=closed&region=Y60")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        get(LONDON, "/escalations").then().statusCode(200).body("items.id", not(hasItem(id)));
        get(MIDLANDS, "/escalations?overdue=perhaps&direction=sideways")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("overdue", "direction"));
    }

    @Test
    void eachLevelRaisesToTheOneAboveItOnly() {
        post(RT5_LEAD, "/escalations", escalation("provider_to_icb", "RT5"))
                .then()
                .statusCode(201)
                .body("raisedToOds", equalTo("QK1"));
        post(RT5_LEAD, "/escalations", escalation("icb_to_region", "RT5"))
                .then()
                .statusCode(403);
        post(RKB_LEAD, "/escalations", escalation("provider_to_icb", "RT5"))
                .then()
                .statusCode(403);
        post(QWU, "/escalations", escalation("icb_to_region", "RT5")).then().statusCode(403);
        String national = post(MIDLANDS, "/escalations", escalation("region_to_national", "RT5"))
                .then()
                .statusCode(201)
                .body("raisedToOds", equalTo("X24"))
                .extract()
                .path("id");
        post(QK1, "/escalations", Map.of("direction", "up", "providerOds", "RT5"))
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("direction", "summary"));
        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> get(NATIONAL, "/escalations/" + national).then().statusCode(200));
        act(NATIONAL, "/escalations/" + national, "acknowledge", Map.of())
                .then()
                .statusCode(200);
    }

    @Test
    void theProvidersOwnEscalationIsAnsweredByItsLeadCommissioner() {
        String id = raised(RT5_LEAD, "provider_to_icb", "RT5");
        String path = "/escalations/" + id;
        act(QK1_VIEWER, path, "acknowledge", Map.of()).then().statusCode(403);
        act(QK1, path, "acknowledge", Map.of()).then().statusCode(200);
        act(QK1, path, "respond", Map.of("decision", "declined", "actions", "Handled locally.", "ownerOds", "RT5"))
                .then()
                .statusCode(200);
        act(RT5_LEAD, path, "acknowledge-feedback", Map.of()).then().statusCode(200);
        act(QK1, path, "close", Map.of()).then().statusCode(200);
        await().atMost(PATIENCE)
                .untilAsserted(() -> get(RT5_LEAD, path).then().statusCode(200).body("status", equalTo("closed")));
        get(MIDLANDS, path).then().statusCode(200);
    }
}
