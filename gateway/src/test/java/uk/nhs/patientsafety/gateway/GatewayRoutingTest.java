package uk.nhs.patientsafety.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtLogRecord;
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
        "/api/concerns?status=raised, summit, /concerns?status=raised",
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

    @Inject
    MovableClock clock;

    /**
     * The document is built from every service's own, and the route is open: within the time-to-live (60 s) it is
     * built once, whatever the number of callers. The clock is moved past the time-to-live first, so that the first of
     * the two requests builds it whatever earlier tests did; then again, so that the next builds it anew.
     */
    @Test
    void theOpenApiDocumentIsBuiltOncePerTimeToLive() {
        List<String> services = List.of("incident", "summit", "candour", "notification");
        try {
            clock.advance(Duration.ofSeconds(61));
            Map<String, Integer> before = openApiFetches(services);
            given().get("/api/openapi")
                    .then()
                    .statusCode(200)
                    .body("paths.'/api/incidents/{id}'.get.summary", equalTo("one"));
            given().get("/api/openapi")
                    .then()
                    .statusCode(200)
                    .body("paths.'/api/summits/{id}'.get.summary", equalTo("one"));
            Map<String, Integer> after = openApiFetches(services);
            services.forEach(service -> assertThat(after.get(service) - before.get(service))
                    .as("fetches of %s's document for two requests within the time-to-live", service)
                    .isEqualTo(1));

            clock.advance(Duration.ofSeconds(61));
            given().get("/api/openapi").then().statusCode(200);
            Map<String, Integer> later = openApiFetches(services);
            services.forEach(service -> assertThat(later.get(service) - after.get(service))
                    .as("fetches of %s's document once the time-to-live is over", service)
                    .isEqualTo(1));
        } finally {
            clock.reset();
        }
    }

    /**
     * A chunked body announces no size, so the Content-Length check cannot see it: it is read up to the limit (1000
     * bytes here) before anything is sent, and refused beyond it — the service never receives the request. A chunked
     * body within the limit is forwarded whole.
     */
    @Test
    void refusesAChunkedBodyOverTheLimitWithoutForwardingIt() throws Exception {
        String token = token("rt5.reporter");
        HttpResponse<String> large = postChunked("/api/incidents/chunked-large", token, 5000);
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(large.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(large.body()).contains("\"status\":413");

        HttpResponse<String> small = postChunked("/api/incidents/chunked-small", token, 600);
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.body()).contains("\"bodyBytes\":600");

        Map<String, Integer> received = received("incident");
        assertThat(received.get("/incidents/chunked-small")).isEqualTo(1);
        assertThat(received).doesNotContainKey("/incidents/chunked-large");
    }

    /**
     * A 500 is the service's answer, not a sign it is down: it passes through and does not count against the circuit
     * (threshold 3 here). After three of them the fourth request still reaches the service.
     */
    @Test
    void aServiceAnswering500IsPassedThroughAndDoesNotOpenItsCircuit() {
        String token = token("national.lead");
        int before = received("summit").getOrDefault("/summits/error500", 0);
        for (int i = 0; i < 4; i++) {
            given().auth()
                    .oauth2(token)
                    .get("/api/summits/error500")
                    .then()
                    .statusCode(500)
                    .body("service", equalTo("summit"));
        }
        assertThat(received("summit").get("/summits/error500") - before).isEqualTo(4);
    }

    /**
     * Logs never hold a query string, which may carry identifiers: the access log and the gateway's own log of a
     * failed downstream call (the stub drops the connection) name the path only. Captured with a handler on the root
     * logger; both lines are awaited, so the assertion is about lines that were written.
     */
    @Test
    void queryStringsAreNotLogged() {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getLoggerName() + " "
                        + (record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage()));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(capture);
        try {
            given().auth()
                    .oauth2(token("national.lead"))
                    .get("/api/summits/broken?nhsNumber=9434765919&page=1")
                    .then()
                    .statusCode(502);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(logged)
                        .anyMatch(line ->
                                line.contains("Downstream summit failed") && line.contains("/api/summits/broken"));
                assertThat(logged)
                        .anyMatch(line ->
                                line.startsWith("io.quarkus.http.access-log") && line.contains("/api/summits/broken"));
            });
            assertThat(logged).noneMatch(line -> line.contains("9434765919"));
        } finally {
            root.removeHandler(capture);
        }
    }

    private static HttpResponse<String> postChunked(String path, String token, int bytes) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        byte[] body = "x".repeat(bytes).getBytes(StandardCharsets.UTF_8);
        // A publisher of unknown length: the JDK client sends it chunked, with no Content-Length.
        return http.send(
                HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** What a stub service has received: requests per path. */
    private static Map<String, Integer> received(String service) {
        Map<String, Integer> paths = new HashMap<>();
        stubCounts(service)
                .path("paths")
                .fields()
                .forEachRemaining(e -> paths.put(e.getKey(), e.getValue().asInt()));
        return paths;
    }

    private static Map<String, Integer> openApiFetches(List<String> services) {
        Map<String, Integer> fetches = new HashMap<>();
        services.forEach(service ->
                fetches.put(service, stubCounts(service).path("openapi").asInt()));
        return fetches;
    }

    private static JsonNode stubCounts(String service) {
        String url = ConfigProvider.getConfig().getValue("platform.services." + service + ".url", String.class);
        try {
            return new ObjectMapper().readTree(URI.create(url + "/_stub/counts").toURL());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String token(String user) {
        return KEYCLOAK.token(user, "demo-password");
    }
}
