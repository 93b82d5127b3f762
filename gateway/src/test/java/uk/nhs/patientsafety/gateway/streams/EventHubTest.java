package uk.nhs.patientsafety.gateway.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.gateway.GatewayConfig;
import uk.nhs.patientsafety.web.Roles;

/**
 * The hub without Quarkus: a real Vert.x event loop per subscriber, responses that record what is written to them, a
 * clock the test sets, and a visibility rule the test can hold up in the middle of a replay.
 */
class EventHubTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Viewer NATIONAL = new Viewer(null, "national", null, Set.of(Roles.NHSE_NATIONAL));

    private Vertx vertx;
    private EventHub hub;
    private HeldVisibility visibility;

    /** Holds up the visibility check of one event, once: stands for a replay scan that takes its time. */
    static final class HeldVisibility extends StreamVisibility {
        volatile String holdOn;
        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private final AtomicBoolean held = new AtomicBoolean();

        @Override
        boolean canSee(Viewer viewer, StreamEvent event) {
            if (event.id().equals(holdOn) && held.compareAndSet(false, true)) {
                reached.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return true;
        }
    }

    @BeforeEach
    void hub() {
        vertx = Vertx.vertx();
        visibility = new HeldVisibility();
        hub = new EventHub();
        hub.config = config(Map.of(
                "heartbeat",
                Duration.ofSeconds(15),
                "replayBuffer",
                100,
                "maxQueuedBytes",
                1 << 20,
                "disconnectGrace",
                Duration.ofSeconds(10),
                "maxStreamsPerSubject",
                2));
        hub.visibility = visibility;
        hub.json = new ObjectMapper();
        hub.vertx = vertx;
        hub.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        visibility.release.countDown();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /**
     * While a Last-Event-ID replay is being chosen, publishing goes on: the scan runs on a copy, outside the hub's
     * lock. The event published meanwhile still reaches the resuming subscriber after the replay, not before it.
     */
    @Test
    void publishingDoesNotWaitForAReplayAndTheReplayComesFirst() throws Exception {
        hub.receive(record("e1"));
        hub.receive(record("e2"));
        visibility.holdOn = "e2";
        Recorded stream = subscriber("viewer", null);

        stream.context.runOnContext(v -> hub.subscribe(stream.subscriber, "e1"));
        assertThat(visibility.reached.await(30, TimeUnit.SECONDS))
                .as("the replay reached e2")
                .isTrue();

        CompletableFuture<Void> published = CompletableFuture.runAsync(() -> hub.receive(record("e3")));
        await().atMost(Duration.ofSeconds(30)).until(published::isDone);

        visibility.release.countDown();
        await().atMost(Duration.ofSeconds(30)).until(() -> stream.text().contains("id: e3"));
        String text = stream.text();
        assertThat(text).doesNotContain("id: e1");
        assertThat(text.indexOf(": connected")).isLessThan(text.indexOf("id: e2"));
        assertThat(text.indexOf("id: e2")).isLessThan(text.indexOf("id: e3"));
    }

    /** The same CloudEvent read twice (a redelivery) is delivered once; its id is the SSE id. */
    @Test
    void aRedeliveredEventIsDeliveredOnce() {
        Recorded stream = subscribed("viewer", null, null);
        hub.receive(record("e1"));
        hub.receive(record("e1"));
        hub.receive(record("e2"));

        await().atMost(Duration.ofSeconds(30)).until(() -> stream.text().contains("id: e2"));
        assertThat(stream.text().split("id: e1\n", -1)).hasSize(2);
    }

    /** Resuming from a CloudEvents id replays what came after it; an id no longer held gets a reset. */
    @Test
    void lastEventIdResumesAfterTheEventWithThatCloudEventsId() {
        hub.receive(record("e1"));
        hub.receive(record("e2"));
        hub.receive(record("e3"));

        Recorded resumed = subscribed("viewer", null, "e2");
        await().atMost(Duration.ofSeconds(30)).until(() -> resumed.text().contains("id: e3"));
        assertThat(resumed.text()).doesNotContain("id: e1").doesNotContain("id: e2");

        Recorded unknown = subscribed("other", null, "gone");
        await().atMost(Duration.ofSeconds(30)).until(() -> unknown.text().contains("event: reset"));
    }

    /** Past the token's expiry nothing more is written but the final event, and the stream is ended. */
    @Test
    void aStreamEndsAtItsTokensExpiry() {
        Recorded stream = subscribed("viewer", NOW.plus(Duration.ofMinutes(15)), null);
        hub.receive(record("e1"));
        await().atMost(Duration.ofSeconds(30)).until(() -> stream.text().contains("id: e1"));

        hub.clock = Clock.fixed(NOW.plus(Duration.ofMinutes(15)), ZoneOffset.UTC);
        hub.receive(record("e2"));

        await().atMost(Duration.ofSeconds(30)).until(stream::ended);
        assertThat(stream.text()).doesNotContain("id: e2").endsWith(EventHub.TOKEN_EXPIRED);
    }

    /** A stream opened with a token that has already expired (by the hub's clock) ends at once. */
    @Test
    void aStreamOpenedWithAnExpiredTokenEndsAtOnce() {
        Recorded stream = subscribed("viewer", NOW, null);
        await().atMost(Duration.ofSeconds(30)).until(stream::ended);
        assertThat(stream.text()).endsWith(EventHub.TOKEN_EXPIRED);
    }

    /** The limit is per token subject (2 here); a closed stream frees its place. */
    @Test
    void oneSubjectHoldsAtMostTheLimitOfStreams() {
        Recorded first = subscribed("viewer", null, null);
        subscribed("viewer", null, null);
        assertThat(subscribe(subscriber("viewer", null), null)).isFalse();
        assertThat(subscribe(subscriber("someone-else", null), null)).isTrue();

        hub.unsubscribe(first.subscriber.response);
        assertThat(subscribe(subscriber("viewer", null), null)).isTrue();
    }

    // --- Helpers

    private Recorded subscribed(String subject, Instant expiresAt, String lastEventId) {
        Recorded stream = subscriber(subject, expiresAt);
        assertThat(subscribe(stream, lastEventId)).isTrue();
        return stream;
    }

    private boolean subscribe(Recorded stream, String lastEventId) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        stream.context.runOnContext(v -> done.complete(hub.subscribe(stream.subscriber, lastEventId)));
        return done.join();
    }

    private Recorded subscriber(String subject, Instant expiresAt) {
        Context context = vertx.getOrCreateContext();
        Recorded recorded = new Recorded(context);
        recorded.subscriber =
                new EventHub.Subscriber(recorded.response(), null, context, NATIONAL, e -> true, subject, expiresAt);
        return recorded;
    }

    /** A response that keeps what is written to it. */
    static final class Recorded {
        final Context context;
        final List<String> written = new CopyOnWriteArrayList<>();
        final AtomicBoolean ended = new AtomicBoolean();
        final AtomicReference<HttpServerResponse> self = new AtomicReference<>();
        EventHub.Subscriber subscriber;

        Recorded(Context context) {
            this.context = context;
        }

        String text() {
            return String.join("", written);
        }

        boolean ended() {
            return ended.get();
        }

        HttpServerResponse response() {
            HttpServerResponse response = (HttpServerResponse) Proxy.newProxyInstance(
                    HttpServerResponse.class.getClassLoader(),
                    new Class<?>[] {HttpServerResponse.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "write" -> {
                            written.add(text(args[0]));
                            yield Future.succeededFuture();
                        }
                        case "end" -> {
                            if (args != null && args.length > 0) {
                                written.add(text(args[0]));
                            }
                            ended.set(true);
                            yield Future.succeededFuture();
                        }
                        case "ended", "closed" -> ended.get();
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        case "toString" -> "recorded response";
                        default -> method.getReturnType() == HttpServerResponse.class ? proxy : null;
                    });
            self.set(response);
            return response;
        }

        private static String text(Object chunk) {
            return chunk instanceof Buffer buffer ? buffer.toString(StandardCharsets.UTF_8) : String.valueOf(chunk);
        }
    }

    private static ConsumerRecord<String, String> record(String ceId) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(
                "incident.events.v1", 0, 0, ceId, "{\"incidentId\":\"" + ceId + "\",\"providerOds\":\"RT5\"}");
        record.headers().add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", "incident.FindingsAgreed.v1".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** The gateway's configuration with the given stream settings. */
    private static GatewayConfig config(Map<String, Object> streams) {
        GatewayConfig.Streams streamConfig = (GatewayConfig.Streams) Proxy.newProxyInstance(
                GatewayConfig.class.getClassLoader(),
                new Class<?>[] {GatewayConfig.Streams.class},
                (proxy, method, args) -> streams.get(method.getName()));
        return (GatewayConfig) Proxy.newProxyInstance(
                GatewayConfig.class.getClassLoader(),
                new Class<?>[] {GatewayConfig.class},
                (proxy, method, args) -> method.getName().equals("streams") ? streamConfig : null);
    }
}
