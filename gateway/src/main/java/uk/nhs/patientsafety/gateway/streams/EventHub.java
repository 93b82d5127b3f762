package uk.nhs.patientsafety.gateway.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.impl.ConnectionBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import uk.nhs.patientsafety.gateway.GatewayConfig;

/**
 * Fans the platform's published events out to live-stream subscribers. Keeps the last events for
 * {@code Last-Event-ID} resumption, by their CloudEvents id: a record redelivered after an outbox retry has the same
 * id and is not delivered again. Writes never block: a subscriber whose connection cannot keep up (more than
 * {@code max-queued-bytes} handed to it and not yet written to its socket) gets a final event saying why and is
 * disconnected, and nobody else waits for it. A stream lasts no longer than the token that opened it, and one token
 * subject may hold at most {@code max-streams-per-subject} at once.
 */
@ApplicationScoped
public class EventHub {

    private static final Logger LOG = Logger.getLogger(EventHub.class);

    static final String DISCONNECTED = "event: disconnected\ndata: {\"reason\":\"slow-consumer\",\"detail\":"
            + "\"The connection did not keep up with the stream; reconnect with Last-Event-ID.\"}\n\n";

    static final String TOKEN_EXPIRED = "event: stream-ended\ndata: {\"reason\":\"token-expired\",\"detail\":"
            + "\"The token that opened this stream has expired; reconnect with a new token and Last-Event-ID.\"}\n\n";

    static final String RESET =
            "event: reset\ndata: {\"reason\":\"Last-Event-ID is no longer available; reload the current state\"}\n\n";

    @Inject
    GatewayConfig config;

    @Inject
    StreamVisibility visibility;

    @Inject
    ObjectMapper json;

    @Inject
    Vertx vertx;

    /** What "now" is for token expiry: the platform's clock (platform/web SystemClock); tests move it. */
    @Inject
    Clock clock;

    /** The last events read, by CloudEvents id, in the order read. Guarded by {@code this}. */
    private final LinkedHashMap<String, StreamEvent> recent = new LinkedHashMap<>();

    private final List<Subscriber> subscribers = new ArrayList<>();

    /** Open streams per token subject. Guarded by {@code this}. */
    private final Map<String, Integer> streamsPerSubject = new HashMap<>();

    /**
     * A connected client. Everything written to its response happens on its connection's own event loop
     * ({@code context}), never under the hub's lock: the lock only guards the lists.
     */
    static final class Subscriber {
        final HttpServerResponse response;
        final HttpConnection connection;
        final Context context;
        final Viewer viewer;
        final Predicate<StreamEvent> wanted;

        /** The subject of the token that opened the stream, for the per-subject limit. */
        final String subject;

        /** When that token expires (null: never); the stream ends then. */
        final Instant expiresAt;

        /**
         * Bytes handed to the connection that its socket has not yet taken. Counted here rather than read from
         * {@code writeQueueFull()}: the count is exact and does not depend on which wrapper of the response Quarkus
         * hands out. Only touched on {@code context}.
         */
        private long queued;

        /** Sent its final event (cut off, or its token expired): nothing more is written. Only touched on context. */
        private boolean ended;

        private volatile long expiryTimer = -1;

        Subscriber(
                HttpServerResponse response,
                HttpConnection connection,
                Context context,
                Viewer viewer,
                Predicate<StreamEvent> wanted,
                String subject,
                Instant expiresAt) {
            this.response = response;
            this.connection = connection;
            this.context = context;
            this.viewer = viewer;
            this.wanted = wanted;
            this.subject = subject == null ? "" : subject;
            this.expiresAt = expiresAt;
        }
    }

    void heartbeats(@Observes StartupEvent event) {
        vertx.setPeriodic(config.streams().heartbeat().toMillis(), id -> broadcast(": heartbeat\n\n"));
    }

    @Incoming("platform-events")
    public void receive(ConsumerRecord<String, String> record) {
        StreamEvent event;
        try {
            JsonNode data = json.readTree(record.value());
            String ceId = header(record, "ce_id");
            event = new StreamEvent(
                    ceId != null ? ceId : record.topic() + "/" + record.partition() + "/" + record.offset(),
                    record.topic(),
                    Objects.requireNonNullElse(header(record, "ce_type"), "unknown"),
                    data.path("providerOds").isTextual()
                            ? data.path("providerOds").asText()
                            : data.path("recipientOds").isTextual()
                                    ? data.path("recipientOds").asText()
                                    : null,
                    data.path("region").isTextual() ? data.path("region").asText() : null,
                    parties(data),
                    json.writeValueAsString(data));
        } catch (Exception e) {
            // Not ours to dead-letter: the producer's consumers do that. A stream just skips it.
            LOG.warnf("Skipping unreadable record %s/%d/%d", record.topic(), record.partition(), record.offset());
            return;
        }
        List<Subscriber> audience;
        synchronized (this) {
            if (recent.containsKey(event.id())) {
                // Delivery is at least once: the same CloudEvent again (an outbox retry) has been sent already.
                LOG.debugf("Skipping a redelivered event %s (%s)", event.id(), event.topic());
                return;
            }
            recent.put(event.id(), event);
            Iterator<StreamEvent> oldest = recent.values().iterator();
            while (recent.size() > config.streams().replayBuffer()) {
                oldest.next();
                oldest.remove();
            }
            audience = List.copyOf(subscribers);
        }
        Buffer frame = Buffer.buffer(event.toSse().getBytes(StandardCharsets.UTF_8));
        for (Subscriber subscriber : audience) {
            if (subscriber.wanted.test(event) && visibility.canSee(subscriber.viewer, event)) {
                subscriber.context.runOnContext(v -> deliver(subscriber, frame));
            }
        }
    }

    /**
     * Registers a subscriber, opens its stream and replays what it missed after {@code lastEventId} (a CloudEvents
     * id). Called on the subscriber's event loop: the replay is written before any event broadcast after
     * registration, which queues behind it on that loop, so nothing is lost or sent twice. Only the registration
     * and a copy of the buffered events are made under the hub's lock; the replay is chosen from the copy, outside
     * it, so publishing never waits for a replay.
     *
     * @return false, having written nothing, when the subscriber's token subject already holds
     *     {@code max-streams-per-subject} streams
     */
    boolean subscribe(Subscriber subscriber, String lastEventId) {
        List<StreamEvent> snapshot = null;
        boolean resumable = true;
        synchronized (this) {
            int open = streamsPerSubject.getOrDefault(subscriber.subject, 0);
            if (open >= config.streams().maxStreamsPerSubject()) {
                return false;
            }
            streamsPerSubject.put(subscriber.subject, open + 1);
            subscribers.add(subscriber);
            if (lastEventId != null) {
                resumable = recent.containsKey(lastEventId);
                if (resumable) {
                    snapshot = new ArrayList<>(recent.values());
                }
            }
        }
        subscriber
                .response
                .setChunked(true)
                .putHeader("Content-Type", "text/event-stream")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("X-Accel-Buffering", "no");
        deliver(subscriber, Buffer.buffer(": connected\n\n"));
        if (!resumable) {
            deliver(subscriber, Buffer.buffer(RESET));
        } else if (snapshot != null) {
            boolean after = false;
            for (StreamEvent event : snapshot) {
                if (after && subscriber.wanted.test(event) && visibility.canSee(subscriber.viewer, event)) {
                    deliver(subscriber, Buffer.buffer(event.toSse().getBytes(StandardCharsets.UTF_8)));
                }
                after = after || event.id().equals(lastEventId);
            }
        }
        scheduleExpiry(subscriber);
        return true;
    }

    void unsubscribe(HttpServerResponse response) {
        List<Subscriber> gone = new ArrayList<>();
        synchronized (this) {
            subscribers.removeIf(s -> {
                if (s.response != response) {
                    return false;
                }
                gone.add(s);
                streamsPerSubject.computeIfPresent(s.subject, (subject, open) -> open > 1 ? open - 1 : null);
                return true;
            });
        }
        gone.forEach(s -> {
            if (s.expiryTimer >= 0) {
                vertx.cancelTimer(s.expiryTimer);
            }
        });
    }

    private void broadcast(String frame) {
        List<Subscriber> audience;
        synchronized (this) {
            audience = List.copyOf(subscribers);
        }
        Buffer bytes = Buffer.buffer(frame.getBytes(StandardCharsets.UTF_8));
        audience.forEach(subscriber -> subscriber.context.runOnContext(v -> deliver(subscriber, bytes)));
    }

    /**
     * Runs on the subscriber's event loop: ends the stream at the token's expiry, when a timer set for it fires; the
     * time is read from {@link #clock} and checked again there, and on every write (heartbeats included), so a
     * stream never carries anything past the expiry of its token.
     */
    private void scheduleExpiry(Subscriber subscriber) {
        if (subscriber.expiresAt == null || subscriber.ended) {
            return;
        }
        long wait = Duration.between(clock.instant(), subscriber.expiresAt).toMillis();
        if (wait <= 0) {
            end(subscriber, TOKEN_EXPIRED, "its token expired");
            return;
        }
        subscriber.expiryTimer = vertx.setTimer(wait, id -> {
            subscriber.expiryTimer = -1;
            scheduleExpiry(subscriber);
        });
    }

    private boolean expired(Subscriber subscriber) {
        return subscriber.expiresAt != null && !clock.instant().isBefore(subscriber.expiresAt);
    }

    /**
     * Runs on the subscriber's event loop. Cuts it off, with a final event saying why, when it cannot keep up, and
     * ends its stream when its token has expired.
     */
    private void deliver(Subscriber subscriber, Buffer frame) {
        HttpServerResponse response = subscriber.response;
        if (subscriber.ended) {
            return;
        }
        if (response.closed() || response.ended()) {
            unsubscribe(response);
            return;
        }
        if (expired(subscriber)) {
            end(subscriber, TOKEN_EXPIRED, "its token expired");
            return;
        }
        int size = frame.length();
        if (subscriber.queued + size > config.streams().maxQueuedBytes()) {
            LOG.infof(
                    "Cutting off a live-stream subscriber: %d bytes still queued for its connection",
                    subscriber.queued);
            end(subscriber, DISCONNECTED, "it did not keep up");
            return;
        }
        subscriber.queued += size;
        response.write(frame).onComplete(written -> subscriber.queued -= size);
    }

    /**
     * Stops sending events to a subscriber and ends its stream with a final event ({@code last}). The final event
     * queues behind what the connection still holds, so it arrives only if the client reads again within
     * {@code disconnect-grace}; the connection is closed either way — right after that event, or when the grace
     * runs out.
     */
    private void end(Subscriber subscriber, String last, String why) {
        subscriber.ended = true;
        unsubscribe(subscriber.response);
        HttpServerResponse response = subscriber.response;
        LOG.debugf("Ending a live stream: %s", why);
        response.end(Buffer.buffer(last)).onComplete(ended -> response.close());
        vertx.setTimer(config.streams().disconnectGrace().toMillis(), id -> {
            if (!response.closed()) {
                // Vert.x closes a connection only once everything queued for it has been written, which for a
                // client that never reads is never; its Netty handler turns even a channel close into that. Closing
                // from the handler's own context passes it by: the socket is closed and what was queued dropped.
                response.close();
                if (subscriber.connection instanceof ConnectionBase connection) {
                    connection.channelHandlerContext().close();
                }
            }
        });
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The organisations an event names as raising it or as its recipient (concerns, escalations). */
    private static java.util.Set<String> parties(JsonNode data) {
        java.util.Set<String> parties = new java.util.TreeSet<>();
        for (String field : java.util.List.of("raisedByOds", "raisedToOds")) {
            if (data.path(field).isTextual()) {
                parties.add(data.path(field).asText());
            }
        }
        return parties;
    }
}
