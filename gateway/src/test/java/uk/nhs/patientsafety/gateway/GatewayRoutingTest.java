package uk.nhs.patientsafety.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.nhs.patientsafety.gateway.routing.ServiceProxy;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.KeycloakServer;
import uk.nhs.patientsafety.testing.KeycloakTestResource;
import uk.nhs.patientsafety.testing.TestTokens;
import uk.nhs.patientsafety.testing.TestUser;

/** The gateway in front of real HTTP servers, with real Keycloak tokens. */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(StubServices.class)
class GatewayRoutingTest {

    private static final KeycloakServer KEYCLOAK = KeycloakServer.shared();

    @ParameterizedTest
    @CsvSource({
        "/api/incidents/42, incident, /incidents/42",
        "/api/fhir/AdverseEvent, incident, /fhir/AdverseEvent",
        "/api/summits?page=2, summit, /summits?page=2",
        "/api/escalations/7, summit, /escalations/7",
        "/api/candour/cases, candour, /candour/cases",
        "/api/notifications, notification, /notifications"
    })
    void routesEachResourceToItsServiceWithTheToken(String path, String service, String servicePath) {
        given().auth()
                .oauth2(token("rt5.safety"))
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("service", equalTo(service))
                .body("path", equalTo(servicePath))
                .body("authorized", equalTo(true));
    }

    @Test
    void aCreatedResourceIsNamedByItsGatewayPathNotTheServicesAddress() {
        given().auth()
                .oauth2(token("rt5.safety"))
                .contentType("application/json")
                .body("{}")
                .when()
                .post("/api/incidents")
                .then()
                .statusCode(200)
                .header("Location", equalTo("/api/incidents/created-1"));
    }

    @Test
    void forwardsAndReturnsARequestIdAndContinuesTheCallersTrace() {
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        Response response = given().auth()
                .oauth2(token("rt5.reporter"))
                .header("X-Request-Id", "req-123")
                .header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .post("/api/incidents");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("X-Request-Id")).isEqualTo("req-123");
        assertThat(response.jsonPath().getString("requestId")).isEqualTo("req-123");
        assertThat(response.jsonPath().getString("traceparent"))
                .startsWith("00-" + trace + "-")
                .doesNotContain("00f067aa0ba902b7");
        assertThat(response.jsonPath().getString("method")).isEqualTo("POST");
    }

    @Test
    void createsARequestIdAndTraceWhenTheCallerSendsNone() {
        given().auth()
                .oauth2(token("rt5.reporter"))
                .get("/api/incidents")
                .then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f]{32}"))
                .body("traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
    }

    @Test
    void refusesARequestWithoutATokenAsProblemJson() {
        given().get("/api/incidents")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(401));
    }

    @Test
    void refusesATokenWhoseClaimsWereTamperedWith() {
        String[] parts = token("rt5.reporter").split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"RT5\"", "\"RKB\"");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes()) + "." + parts[2];

        given().auth()
                .oauth2(tampered)
                .get("/api/incidents")
                .then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void refusesAnExpiredTokenAndOneFromAnotherIssuer() {
        given().auth()
                .oauth2(TestTokens.issueExpired(TestUser.providerReporter("RT5")))
                .get("/api/incidents")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(TestTokens.issue(TestUser.providerReporter("RT5")))
                .get("/api/incidents")
                .then()
                .statusCode(401);
    }

    @Test
    void refusesABodyOverTheLimit() {
        given().auth()
                .oauth2(token("rt5.reporter"))
                .contentType("application/json")
                .body("x".repeat(2000))
                .post("/api/incidents")
                .then()
                .statusCode(413)
                .contentType(startsWith("application/problem+json"));
    }

    /**
     * "assurance" listens nowhere (StubServices), and the failure threshold is 3. The first three requests try it: a
     * refused connection is 503 "not reachable" at once (not a 504 after waiting for an answer). The fourth is
     * answered by the open circuit without trying: its own problem type and a {@code Retry-After}. A breaker that
     * never opened would answer the fourth like the first three.
     */
    @Test
    void aStoppedServiceIsA503ProblemAtOnceAndTheCircuitOpens() {
        String token = token("qk1.quality");
        for (int i = 0; i < 3; i++) {
            given().auth()
                    .oauth2(token)
                    .get("/api/assurance/cases")
                    .then()
                    .statusCode(503)
                    .contentType(startsWith("application/problem+json"))
                    .body("type", equalTo("about:blank"))
                    .body("detail", equalTo("The assurance service is not reachable."))
                    .header("Retry-After", nullValue());
        }
        given().auth()
                .oauth2(token)
                .get("/api/assurance/cases")
                .then()
                .statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://patient-safety.nhs.uk/problems/" + ServiceProxy.CIRCUIT_OPEN))
                .body("detail", containsString("assurance"))
                .body("detail", containsString("not sending it requests"))
                .body("instance", equalTo("/api/assurance/cases"))
                .header("Retry-After", equalTo("10"));
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsA504Problem() {
        given().auth()
                .oauth2(token("rt5.safety"))
                .get("/api/candour/slow")
                .then()
                .statusCode(504)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void aServiceThatDropsTheConnectionIsA502Problem() {
        given().auth()
                .oauth2(token("rt5.safety"))
                .get("/api/incidents/broken")
                .then()
                .statusCode(502)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(502))
                .body("instance", equalTo("/api/incidents/broken"));
    }

    @Test
    void aDashboardOriginMayCallTheApiFromABrowser() {
        given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/incidents")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Authorization"));

        given().auth()
                .oauth2(token("rt5.safety"))
                .header("Origin", "http://localhost:3000")
                .get("/api/incidents/1")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }

    @Test
    void aForeignOriginGetsNoCorsPermission() {
        Response preflight = given().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/api/incidents");
        // Without Access-Control-Allow-Origin a browser refuses the call, whatever else the answer says.
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();

        Response call = given().auth()
                .oauth2(token("rt5.safety"))
                .header("Origin", "https://elsewhere.example")
                .get("/api/incidents/1");
        assertThat(call.statusCode()).isEqualTo(403);
        assertThat(call.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void aClientOverItsRateIsToldWhenToRetry() {
        String token = token("qwu.quality");
        int limited = 0;
        String retryAfter = null;
        // 30 tokens, refilled at 1 a second: the first 429 comes after about 30 requests, or more on a machine slow
        // enough to refill tokens while the loop runs. The loop stops at the first one.
        for (int i = 0; i < 200 && limited == 0; i++) {
            Response response = given().auth().oauth2(token).get("/api/notifications");
            if (response.statusCode() == 429) {
                limited++;
                retryAfter = response.header("Retry-After");
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(limited).isEqualTo(1);
        assertThat(Integer.parseInt(retryAfter)).isPositive();
    }

    @Test
    void anUnknownApiPathIsA404Problem() {
        given().auth()
                .oauth2(token("rt5.reporter"))
                .get("/api/nothing-here")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void publishesOneOpenApiDocumentForEveryServiceBehindTheGateway() {
        given().get("/api/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/incidents/{id}'.get.summary", equalTo("one"))
                .body("paths.'/api/summits/{id}'.get.summary", equalTo("one"))
                .body("paths.'/api/me'", org.hamcrest.Matchers.nullValue())
                .body("components.schemas.candourView.type", equalTo("object"))
                .body("'x-unavailable'", org.hamcrest.Matchers.contains("assurance"));
    }

    @Test
    void theEscalationStreamIsForbiddenToAnIcb() {
        given().auth()
                .oauth2(token("qk1.quality"))
                .get("/api/streams/escalations")
                .then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    private static String token(String user) {
        return KEYCLOAK.token(user, "demo-password");
    }
}
