package uk.nhs.patientsafety.summit.write.concernintake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static uk.nhs.patientsafety.summit.fixtures.Api.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.summit.fixtures.Api;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.StoredRows;
import uk.nhs.patientsafety.testing.TestTokenResource;

/**
 * Quality concerns over REST on real PostgreSQL: raised by any organisation, seen only by the raiser and the
 * provider's commissioners, screened, escalated and closed by the commissioners' quality leads.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class ConcernsQuarkusTest {

    @Inject
    AgroalDataSource dataSource;

    private void awaitVisible(String id) {
        await().atMost(PATIENCE)
                .untilAsserted(() -> get(QK1, "/concerns/" + id).then().statusCode(200));
    }

    @Test
    void theRaiserAndTheProvidersCommissionersSeeAConcernAndNobodyElseLearnsItExists() {
        String id = raised(CQC, concern("RT5"));
        awaitVisible(id);

        get(QK1, "/concerns/" + id)
                .then()
                .statusCode(200)
                .body("providerOds", equalTo("RT5"))
                .body("raisedByOds", equalTo("X26"))
                .body("source", equalTo("staff"))
                .body("status", equalTo("raised"))
                .body("description", containsString("unsafe staffing"))
                .body("linkedIncidents", equalTo(List.of("incident-7")));
        get(CQC, "/concerns/" + id).then().statusCode(200);
        for (var stranger : List.of(QWU, RT5_LEAD, RKB_LEAD, LONDON, QKK)) {
            get(stranger, "/concerns/" + id).then().statusCode(404).contentType("application/problem+json");
        }
        get(QWU, "/concerns").then().statusCode(200).body("items.id", not(hasItem(id)));
        get(QK1, "/concerns?providerOds=RT5").then().statusCode(200).body("items.id", hasItem(id));
        // The commissioner read a concern another organisation raised: audited, with whose it is.
        assertThat(new StoredRows(dataSource)
                        .strings(
                                "SELECT org || '|' || owner_ods FROM access_audit WHERE record_id = ? AND purpose = 'read'",
                                id))
                .contains("QK1|X26");
    }

    @Test
    void aRetryWithTheSameKeyGetsTheSameConcernAndADifferentBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        String first = post(QK1, "/concerns", concern("RT5"), key)
                .then()
                .statusCode(201)
                .header("Location", containsString("/concerns/"))
                .extract()
                .path("id");
        post(QK1, "/concerns", concern("RT5"), key).then().statusCode(201).body("id", equalTo(first));
        Map<String, Object> other = new HashMap<>(concern("RT5"));
        other.put("source", "patient_or_carer");
        post(QK1, "/concerns", other, key).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsStored() {
        post(QK1, "/concerns", Map.of("providerOds", "rt5!", "source", "gossip", "linkedIncidents", List.of("a b")))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("providerOds", "source", "description", "linkedIncidents[0]"));
        post(QK1, "/concerns", Map.of("providerOds", "RT5", "source", "staff", "description", "<b>x</b>"))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("description"));
        post(
                        QK1,
                        "/concerns",
                        Map.of("providerOds", "RT5", "source", "staff", "description", "x", "linkedIncidents", 5))
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        post(QK1, "/concerns", concern("RZZ")).then().statusCode(422).body("errors.field", hasItem("providerOds"));
        as(QK1).contentType("application/json")
                .body(concern("RT5"))
                .post("/concerns")
                .then()
                .statusCode(400);
    }

    @Test
    void viewersAndReportersDoNotRaiseConcerns() {
        post(QK1_VIEWER, "/concerns", concern("RT5")).then().statusCode(403).contentType("application/problem+json");
        post(uk.nhs.patientsafety.testing.TestUser.providerReporter("RT5"), "/concerns", concern("RT5"))
                .then()
                .statusCode(403);
    }

    @Test
    void theCommissionersQualityLeadScreensMonitorsEscalatesAndCloses() {
        String id = raised(RT5_LEAD, concern("RT5"));
        String path = "/concerns/" + id;

        act(QWU, path, "screen", Map.of("outcome", "no_action", "reason", "x"))
                .then()
                .statusCode(404);
        act(RT5_LEAD, path, "screen", Map.of("outcome", "no_action", "reason", "x"))
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        act(QK1_VIEWER, path, "screen", Map.of("outcome", "no_action", "reason", "x"))
                .then()
                .statusCode(403);
        act(QK1, path, "close", Map.of())
                .then()
                .statusCode(409)
                .body("currentStatus", equalTo("raised"))
                .body("allowedActions", equalTo(List.of("screen", "request-summit")));
        act(QK1, path, "screen", Map.of("outcome", "monitor"))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reviewOn"));
        act(
                        QK1,
                        path,
                        "screen",
                        Map.of(
                                "outcome",
                                "monitor",
                                "reviewOn",
                                LocalDate.now().minusDays(1).toString()))
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("reviewOn"));
        String reviewOn = LocalDate.now().plusMonths(1).toString();
        act(QK1, path, "screen", Map.of("outcome", "monitor", "reviewOn", reviewOn))
                .then()
                .statusCode(200)
                .body("status", equalTo("monitoring"))
                .body("reviewOn", equalTo(reviewOn));
        act(QK1, path, "request-summit", Map.of("format", "rapid_quality_review"))
                .then()
                .statusCode(200)
                .body("status", equalTo("summit_requested"));
        act(QK1, path, "close", Map.of("reason", "Summit convened."))
                .then()
                .statusCode(200)
                .body("status", equalTo("closed"));
        act(QK1, path, "nonsense", Map.of()).then().statusCode(404).contentType("application/problem+json");

        await().atMost(PATIENCE).untilAsserted(() -> get(RT5_LEAD, path)
                .then()
                .statusCode(200)
                .body("status", equalTo("closed"))
                .body("summitId", not(equalTo(null))));
        get(QK1, "/concerns?status=closed&source=staff").then().statusCode(200).body("items.id", hasItem(id));
        get(QK1, "/concerns?status=whatever&size=0")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("status", "size"));
    }

    @Test
    void aResponsibleCommissionerSeesAndActsOnItsProvidersConcerns() {
        String id = Api.raised(RKB_LEAD, concern("RKB"));
        act(QHL, "/concerns/" + id, "screen", Map.of("outcome", "no_action", "reason", "Known and in hand."))
                .then()
                .statusCode(200)
                .body("status", equalTo("no_action"));
    }
}
