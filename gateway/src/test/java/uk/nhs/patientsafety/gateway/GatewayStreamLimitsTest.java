package uk.nhs.patientsafety.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.testing.KafkaTestResource;
import uk.nhs.patientsafety.testing.KeycloakServer;
import uk.nhs.patientsafety.testing.KeycloakTestResource;

/**
 * How long a live stream lasts and how many one identity may hold, with the gateway's defaults (no StubServices: at
 * most 5 streams per token subject) and real Keycloak tokens. Time is the test's: the platform clock is moved to the
 * token's expiry instead of waiting 15 minutes for it.
 */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
@WithTestResource(KafkaTestResource.class)
class GatewayStreamLimitsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final KeycloakServer KEYCLOAK = KeycloakServer.shared();

    @TestHTTPResource("/api/streams/events")
    URL events;

    @Inject
    MovableClock clock;

    /**
     * The token's {@code exp} is reached (the clock is moved there): the stream gets a final {@code stream-ended}
     * event naming the reason and is closed by the gateway, at the latest on the next heartbeat (1 s in tests).
     */
    @Test
    void aStreamEndsWhenTheTokenThatOpenedItExpires() {
        String token = KEYCLOAK.token("y60.regional", "demo-password");
        Instant expiry =
                Instant.ofEpochSecond(KeycloakServer.claims(token).path("exp").asLong());
        try (SseClient viewer = new SseClient(events.toString(), token, null)) {
            await().atMost(PATIENCE).until(() -> viewer.comments.contains(": heartbeat"));
            assertThat(viewer.finished()).isFalse();

            clock.setTo(expiry);
            await().atMost(PATIENCE).until(viewer::finished);
            assertThat(viewer.events).isNotEmpty();
            SseClient.Event last = viewer.events.get(viewer.events.size() - 1);
            assertThat(last.type()).isEqualTo("stream-ended");
            assertThat(last.data()).contains("\"reason\":\"token-expired\"");
        } finally {
            clock.reset();
        }
    }

    /**
     * Five streams with one identity are served; the sixth is refused with 429 problem+json naming the limit, with
     * {@code Retry-After}. Another identity is not affected; and once one of the five is closed, a new one is served.
     * The gateway learns of a close from the connection, so the new stream is tried until it is served.
     */
    @Test
    void oneIdentityMayHoldFiveStreamsAndTheSixthWaitsForOneToClose() throws Exception {
        String token = KEYCLOAK.token("qk1.viewer", "demo-password");
        List<SseClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                open.add(new SseClient(events.toString(), token, null));
            }
            await().atMost(PATIENCE).until(() -> open.stream().allMatch(s -> s.comments.contains(": connected")));

            // Bounded: a sixth stream that were served would never end.
            HttpResponse<String> refused = SseClient.HTTP
                    .sendAsync(
                            HttpRequest.newBuilder(URI.create(events.toString()))
                                    .header("Accept", "text/event-stream")
                                    .header("Authorization", "Bearer " + token)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.body()).contains("\"limit\":5").contains("At most 5 live streams");

            try (SseClient other =
                    new SseClient(events.toString(), KEYCLOAK.token("qwu.quality", "demo-password"), null)) {
                await().atMost(PATIENCE).until(() -> other.comments.contains(": connected"));
            }

            open.remove(0).close();
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
                SseClient next = new SseClient(events.toString(), token, null);
                await().atMost(PATIENCE).until(() -> next.status() != 0);
                if (next.status() == 200) {
                    open.add(next);
                    return true;
                }
                next.close();
                return false;
            });
        } finally {
            open.forEach(SseClient::close);
        }
    }
}
