package uk.nhs.patientsafety.gateway.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
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
 * {@code Last-Event-ID} resumption. Writes never block: a subscriber whose connection cannot keep up (its write
 * queue is full) gets a final event saying why and is disconnected, and nobody else waits for it.
 */
@ApplicationScoped
public class EventHub {

    private static final Logger LOG = Logger.getLogger(EventHub.class);

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
    record Subscriber(HttpServerResponse response, Context context, Viewer viewer, Predicate<StreamEvent> wanted) {}

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
        String frame = event.toSse();
        for (Subscriber subscriber : audience) {
            if (subscriber.wanted().test(event) && visibility.canSee(subscriber.viewer(), event)) {
                subscriber.context().runOnContext(v -> deliver(subscriber, frame));
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
                    if (after && subscriber.wanted().test(event) && visibility.canSee(subscriber.viewer(), event)) {
                        replay.add(event.toSse());
                    }
                    after = after || event.id().equals(lastEventId);
                }
            }
            subscribers.add(subscriber);
        }
        replay.forEach(frame -> deliver(subscriber, frame));
    }

    synchronized void unsubscribe(HttpServerResponse response) {
        subscribers.removeIf(s -> s.response() == response);
    }

    private void broadcast(String frame) {
        List<Subscriber> audience;
        synchronized (this) {
            audience = List.copyOf(subscribers);
        }
        audience.forEach(subscriber -> subscriber.context().runOnContext(v -> deliver(subscriber, frame)));
    }

    /** Runs on the subscriber's event loop. Cuts it off, with a final event saying why, when it cannot keep up. */
    private void deliver(Subscriber subscriber, String frame) {
        HttpServerResponse response = subscriber.response();
        if (response.closed() || response.ended()) {
            unsubscribe(response);
            return;
        }
        if (response.writeQueueFull()) {
            response.write("event: disconnected\ndata: {\"reason\":\"slow-consumer\",\"detail\":"
                    + "\"The connection did not keep up with the stream; reconnect with Last-Event-ID.\"}\n\n");
            response.end();
            unsubscribe(response);
            return;
        }
        response.write(Buffer.buffer(frame.getBytes(StandardCharsets.UTF_8)));
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "unknown" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
