package uk.nhs.patientsafety.summit.write.summitlifecycle;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static uk.nhs.patientsafety.summit.fixtures.Api.*;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.summit.fixtures.Summits;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;

/**
 * Risk summits over REST on real PostgreSQL: a summit runs from request to conclusion through a follow-up; its
 * outcome reaches every participant, the provider included; only the convenor runs it; owners complete actions.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class SummitsQuarkusTest {

    @Test
    void aSummitRunsFromRequestToConclusionWithAFollowUpAndTheProviderSeesItsOutcome() {
        String id = Summits.held(QK1, "RT5");
        String path = "/summits/" + id;
        String actionId = act(QK1, path, "record-outcomes", Summits.outcomes(true, "RT5"))
                .then()
                .statusCode(200)
                .body("status", equalTo("actions_in_progress"))
                .body("actions", hasSize(1))
                .extract()
                .path("actions[0].id");
        act(QK1, path, "conclude", Map.of()).then().statusCode(422).body("errors.field", hasItem("followUpNeeded"));
        LocalDate followUpOn = LocalDate.now().plusWeeks(8);
        act(QK1, path, "schedule-follow-up", Map.of("heldOn", followUpOn.toString()))
                .then()
                .statusCode(200)
                .body("status", equalTo("follow_up_scheduled"))
                .body("round", equalTo(2));
        act(QK1, path, "convene", Summits.convening(LocalDate.now(), "RT5", "X26", "Y60"))
                .then()
                .statusCode(200)
                .body("status", equalTo("convened"));
        // The provider owns the action and completes it.
        act(RT5_LEAD, path + "/actions-log/" + actionId, "complete", Map.of())
                .then()
                .statusCode(200);
        act(QK1, path, "record-held", Map.of("attendees", List.of("QK1", "RT5")))
                .then()
                .statusCode(200);
        act(
                        QK1,
                        path,
                        "record-outcomes",
                        Map.of("actions", List.of(), "escalationDecision", "no_change", "followUpNeeded", false))
                .then()
                .statusCode(200);
        act(QK1, path, "conclude", Map.of("deescalatedTo", "routine"))
                .then()
                .statusCode(200)
                .body("status", equalTo("concluded"))
                .body("allowedActions", hasSize(0));

        await().atMost(PATIENCE).untilAsserted(() -> get(RT5_LEAD, path)
                .then()
                .statusCode(200)
                .body("status", equalTo("concluded"))
                .body("round", equalTo(2))
                .body("outcome.escalationDecision", equalTo("no_change"))
                .body("deescalatedTo", equalTo("routine"))
                .body("actions[0].state", equalTo("completed")));
        get(CQC, path).then().statusCode(200).body("invitees", hasItem("X26"));
        get(MIDLANDS, path).then().statusCode(200);
        get(RT5_LEAD, path + "/history")
                .then()
                .statusCode(200)
                .body(
                        "event",
                        hasItems(
                                "RiskSummitRequested",
                                "RiskSummitConvened",
                                "RiskSummitHeld",
                                "RiskSummitOutcomeRecorded",
                                "RiskSummitActionAssigned",
                                "FollowUpSummitScheduled",
                                "SummitActionCompleted",
                                "RiskSummitConcluded"))
                .body("[0].actorOrg", equalTo("QK1"));
        get(RT5_LEAD, path + "/actions-log").then().statusCode(200).body("id", contains(actionId));
        get(RT5_LEAD, "/summits?providerOds=RT5&status=concluded").then().body("items.id", hasItem(id));
    }

    @Test
    void onlyTheConvenorRunsTheSummitAndOutsidersDoNotSeeIt() {
        String id = Summits.requested(QK1, "RT5");
        String path = "/summits/" + id;
        act(RT5_LEAD, path, "convene", Summits.convening(LocalDate.now(), "RT5"))
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        act(QWU, path, "convene", Summits.convening(LocalDate.now(), "RT5"))
                .then()
                .statusCode(404);
        act(QK1, path, "record-held", Map.of("attendees", List.of("QK1")))
                .then()
                .statusCode(409)
                .body("currentStatus", equalTo("requested"))
                .body("allowedActions", equalTo(List.of("convene")));
        act(QK1, path, "convene", Map.of("heldOn", "2026-13-01")).then().statusCode(400);
        act(QK1, path, "convene", Map.of("invitees", List.of("bad code")))
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("chair", "heldOn", "invitees[0]"));
        act(QK1, path, "convene", Summits.convening(LocalDate.now().minusDays(1), "RT5"))
                .then()
                .statusCode(422);
        act(QK1, path, "adjourn", Map.of()).then().statusCode(404);
        await().atMost(PATIENCE).untilAsserted(() -> get(QK1, path).then().statusCode(200));
        for (var stranger : List.of(QWU, RKB_LEAD, LONDON, CQC, QKK)) {
            get(stranger, path).then().statusCode(404).contentType("application/problem+json");
            get(stranger, path + "/history").then().statusCode(404);
        }
        get(QWU, "/summits").then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void onlyCommissionersAndTheRegionRequestSummits() {
        post(RT5_LEAD, "/summits", Map.of("providerOds", "RT5", "format", "risk_summit"))
                .then()
                .statusCode(403);
        post(QWU, "/summits", Map.of("providerOds", "RT5", "format", "risk_summit"))
                .then()
                .statusCode(403);
        post(LONDON, "/summits", Map.of("providerOds", "RT5", "format", "risk_summit"))
                .then()
                .statusCode(403);
        post(MIDLANDS, "/summits", Map.of("providerOds", "RT5", "format", "rapid_quality_review"))
                .then()
                .statusCode(201)
                .body("format", equalTo("rapid_quality_review"));
        post(QK1, "/summits", Map.of("providerOds", "RT5", "format", "tea_party"))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("format"));
    }

    @Test
    void anActionIsCompletedByItsOwnerOrTheConvenorAndCancelledOnlyByTheConvenor() {
        String id = Summits.held(QK1, "RT5");
        String path = "/summits/" + id;
        String actionId = act(QK1, path, "record-outcomes", Summits.outcomes(false, "X26"))
                .then()
                .statusCode(200)
                .extract()
                .path("actions[0].id");
        act(RT5_LEAD, path + "/actions-log/" + actionId, "complete", Map.of())
                .then()
                .statusCode(403);
        act(CQC, path + "/actions-log/" + actionId, "cancel", Map.of("reason", "x"))
                .then()
                .statusCode(403);
        act(QK1, path + "/actions-log/" + actionId, "cancel", Map.of()).then().statusCode(400);
        act(QK1, path + "/actions-log/nope", "complete", Map.of()).then().statusCode(404);
        act(QK1, path, "conclude", Map.of()).then().statusCode(422).body("errors.field", hasItem("actions"));
        act(CQC, path + "/actions-log/" + actionId, "complete", Map.of()).then().statusCode(200);
        act(QK1, path, "conclude", Map.of()).then().statusCode(200);
    }

    @Test
    void aConcernEscalatedToASummitRequestsThatSummitConvenedByTheIcb() {
        String concern = raised(QK1, concern("RT5"));
        String summitId = act(QK1, "/concerns/" + concern, "request-summit", Map.of("format", "risk_summit"))
                .then()
                .statusCode(200)
                .extract()
                .path("summitId");
        await().atMost(PATIENCE).untilAsserted(() -> get(QK1, "/summits/" + summitId)
                .then()
                .statusCode(200)
                .body("concernId", equalTo(concern))
                .body("convenorOds", equalTo("QK1"))
                .body("status", equalTo("requested")));
        act(QK1, "/summits/" + summitId, "convene", Summits.convening(LocalDate.now(), "RT5"))
                .then()
                .statusCode(200);
    }
}
