package uk.nhs.patientsafety.eventsourcing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.PostgresTestResource;
import uk.nhs.patientsafety.testing.TestTokenResource;
import uk.nhs.patientsafety.testing.TestTokens;
import uk.nhs.patientsafety.testing.TestUser;

/** Axon's refusals reach a REST caller as problem+json (through the test-only {@code CounterResource}). */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TestTokenResource.class)
class AxonProblemsTest {

    @Test
    void aCommandForAnAggregateThatDoesNotExistIsNotFound() {
        String path = "/counters/counter-" + UUID.randomUUID() + "/increments";
        caller().post(path)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No such resource."))
                .body("instance", equalTo(path));
    }

    @Test
    void aConcurrentChangeIsAConflictToReadAgainAndRetry() {
        caller().post("/counters/c-1/conflicts")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://patient-safety.nhs.uk/problems/concurrent-change"))
                .body("title", equalTo("Changed concurrently"))
                .body(
                        "detail",
                        equalTo("The resource changed while this request was handled; read it again and retry."))
                .body("instance", equalTo("/counters/c-1/conflicts"));
    }

    private static RequestSpecification caller() {
        return given().auth().oauth2(TestTokens.issue(TestUser.providerReporter("RT5")));
    }
}
