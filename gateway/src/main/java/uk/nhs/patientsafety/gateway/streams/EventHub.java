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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import uk.nhs.patientsafety.gateway.GatewayConfig;

/**
 * Fans the platform's published events out to live-stream subscribers. Keeps the last events for
 * {@code Last-Event-ID} resumption. Writes never block: a subscriber whose connection cannot keep up (more than
 * {@code max-queued-bytes} handed to it and not yet written to its socket) gets a final event saying why and is
 * disconnected, and nobody else waits for it.
 */
@ApplicationScoped
public class EventHub {

    private static final Logger LOG = Logger.getLogger(EventHub.class);

    static final String DISCONNECTED = "event: disconnected\ndata: {\"reason\":\"slow-consumer\",\"detail\":"
            + "\"The connection did not keep up with the stream; reconnect with Last-Event-ID.\"}\n\n";

    @Inject
    GatewayConfig config;

    @Inject
    StreamVisibility visibility;

    @Inject
    ObjectMapper json;

    @Inject
    Vertx vertx;

    private final ArrayDeque<StreamEvent> recent = new ArrayDeque<>();
    private final List<Subscriber> subscribers = new ArrayList<>();

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

        /**
         * Bytes handed to the connection that its socket has not yet taken. Counted here rather than read from
         * {@code writeQueueFull()}: the count is exact and does not depend on which wrapper of the response Quarkus
         * hands out. Only touched on {@code context}.
         */
        private long queued;

        private boolean cutOff;

        Subscriber(
                HttpServerResponse response,
                HttpConnection connection,
                Context context,
                Viewer viewer,
                Predicate<StreamEvent> wanted) {
            this.response = response;
            this.connection = connection;
            this.context = context;
            this.viewer = viewer;
            this.wanted = wanted;
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
            event = new StreamEvent(
                    record.topic() + "/" + record.partition() + "/" + record.offset(),
                    record.topic(),
                    header(record, "ce_type"),
                    data.path("providerOds").isTextual()
                            ? data.path("providerOds").asText()
                            : data.path("recipientOds").isTextual()
                                    ? data.path("recipientOds").asText()
                                    : null,
                    data.path("region").isTextual() ? data.path("region").asText() : null,
                    json.writeValueAsString(data));
        } catch (Exception e) {
            // Not ours to dead-letter: the producer's consumers do that. A stream just skips it.
            LOG.warnf("Skipping unreadable record %s/%d/%d", record.topic(), record.partition(), record.offset());
            return;
        }
        List<Subscriber> audience;
        synchronized (this) {
            recent.addLast(event);
            while (recent.size() > config.streams().replayBuffer()) {
                recent.removeFirst();
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
     * Registers a subscriber and replays what it missed after {@code lastEventId}. Called on the subscriber's event
     * loop: the replay is written before any event broadcast after registration, which queues behind it on that
     * loop, so nothing is lost or sent twice.
     */
    void subscribe(Subscriber subscriber, String lastEventId) {
        List<String> replay = new ArrayList<>();
        synchronized (this) {
            if (lastEventId != null && recent.stream().noneMatch(e -> e.id().equals(lastEventId))) {
                replay.add(
                        "event: reset\ndata: {\"reason\":\"Last-Event-ID is no longer available; reload the current state\"}\n\n");
            } else if (lastEventId != null) {
                boolean after = false;
                for (StreamEvent event : recent) {
                    if (after && subscriber.wanted.test(event) && visibility.canSee(subscriber.viewer, event)) {
                        replay.add(event.toSse());
                    }
                    after = after || event.id().equals(lastEventId);
                }
            }
            subscribers.add(subscriber);
        }
        replay.forEach(frame -> deliver(subscriber, Buffer.buffer(frame.getBytes(StandardCharsets.UTF_8))));
    }

    synchronized void unsubscribe(HttpServerResponse response) {
        subscribers.removeIf(s -> s.response == response);
    }

    private void broadcast(String frame) {
        List<Subscriber> audience;
        synchronized (this) {
            audience = List.copyOf(subscribers);
        }
        Buffer bytes = Buffer.buffer(frame.getBytes(StandardCharsets.UTF_8));
        audience.forEach(subscriber -> subscriber.context.runOnContext(v -> deliver(subscriber, bytes)));
    }

    /** Runs on the subscriber's event loop. Cuts it off, with a final event saying why, when it cannot keep up. */
    private void deliver(Subscriber subscriber, Buffer frame) {
        HttpServerResponse response = subscriber.response;
        if (subscriber.cutOff) {
            return;
        }
        if (response.closed() || response.ended()) {
            unsubscribe(response);
            return;
        }
        int size = frame.length();
        if (subscriber.queued + size > config.streams().maxQueuedBytes()) {
            cutOff(subscriber);
            return;
        }
        subscriber.queued += size;
        response.write(frame).onComplete(written -> subscriber.queued -= size);
    }

    /**
     * Stops sending events to a subscriber that fell too far behind. The final event queues behind what the
     * connection still holds, so it arrives only if the client reads again within {@code disconnect-grace}; the
     * connection is closed either way — right after that event, or when the grace runs out.
     */
    private void cutOff(Subscriber subscriber) {
        subscriber.cutOff = true;
        unsubscribe(subscriber.response);
        HttpServerResponse response = subscriber.response;
        LOG.infof("Cutting off a live-stream subscriber: %d bytes still queued for its connection", subscriber.queued);
        response.end(Buffer.buffer(DISCONNECTED)).onComplete(ended -> response.close());
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
        return header == null ? "unknown" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
