package uk.nhs.patientsafety.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * What every platform service must do from its first day, whatever its domain: report ready, demand a valid token
 * everywhere else, and answer errors as problem+json. A service's test extends this with its own annotations
 * ({@code @QuarkusTest} and the test resources it needs).
 */
public abstract class ServiceBaselineTest {

    @Test
    void reportsReadyWithoutAToken() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void knowsTheCallerFromAValidToken() {
        given().auth()
                .oauth2(TestTokens.issue(TestUser.icbQualityLead("QK1")))
                .when()
                .get("/me")
                .then()
                .statusCode(200)
                .body("subject", equalTo("qk1.quality"))
                .body("org", equalTo("QK1"))
                .body("orgType", equalTo("icb"))
                .body("region", equalTo("Y60"))
                .body("roles", contains("icb-quality-lead"));
    }

    @Test
    void refusesARequestWithoutATokenAsProblemJson() {
        assertUnauthorized(given());
    }

    @Test
    void refusesAnExpiredToken() {
        assertUnauthorized(given().auth().oauth2(TestTokens.issueExpired(TestUser.providerReporter("RT5"))));
    }

    @Test
    void refusesATokenSignedByAnUntrustedKey() {
        assertUnauthorized(given().auth().oauth2(TestTokens.signedByStranger(TestUser.providerReporter("RT5"))));
    }

    @Test
    void answersAnUnknownPathAsProblemJsonToAnAuthenticatedCaller() {
        given().auth()
                .oauth2(TestTokens.issue(TestUser.providerReporter("RT5")))
                .when()
                .get("/no-such-resource")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
    }

    private static void assertUnauthorized(RequestSpecification request) {
        request.when()
                .get("/me")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(401))
                // The path only: behind the gateway the service's own host and port mean nothing to a caller.
                .body("instance", equalTo("/me"));
    }
}
