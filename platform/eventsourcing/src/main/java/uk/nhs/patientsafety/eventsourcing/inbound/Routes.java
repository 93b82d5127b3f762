package uk.nhs.patientsafety.eventsourcing.inbound;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one consumer does with the CloudEvents types it handles; every other type is acknowledged and ignored. Built
 * once per listener and handed to {@link InboundRouter#route}:
 *
 * <pre>{@code
 * private final Routes routes = Routes.of("incident-service.assurance")
 *         .on(ClosureAgreed.TYPE, ClosureAgreed.class, (event, agreed) -> commands.send(...));
 * }</pre>
 *
 * Immutable: {@link #on} returns a new set of routes.
 */
public final class Routes {

    /**
     * The effect of one consumed event, run once per CloudEvents id in the transaction that records the id. Throw to
     * refuse it: a transient failure is retried, anything else sends the record to the dead-letter topic.
     */
    @FunctionalInterface
    public interface Handler<T> {
        void handle(IncomingCloudEvent event, T payload) throws Exception;
    }

    record Route<T>(Class<T> payloadType, Handler<? super T> handler) {

        /** Reads the payload now (an unreadable one is poison), so that the effect only has to run. */
        Effect bind(IncomingCloudEvent event) {
            T payload = event.payload(payloadType);
            return () -> handler.handle(event, payload);
        }
    }

    @FunctionalInterface
    interface Effect {
        void run() throws Exception;
    }

    private final String consumer;
    private final Map<String, Route<?>> byType;

    private Routes(String consumer, Map<String, Route<?>> byType) {
        this.consumer = consumer;
        this.byType = byType;
    }

    /** {@code consumer} names the de-duplication scope: keep it stable, e.g. {@code "<service>.<producer>"}. */
    public static Routes of(String consumer) {
        if (consumer == null || consumer.isBlank()) {
            throw new IllegalArgumentException("A consumer name is required");
        }
        return new Routes(consumer, Map.of());
    }

    /** Handles events of {@code ceType} by reading the payload as {@code payloadType} and calling {@code handler}. */
    public <T> Routes on(String ceType, Class<T> payloadType, Handler<? super T> handler) {
        if (byType.containsKey(ceType)) {
            throw new IllegalArgumentException(consumer + " already routes " + ceType);
        }
        Map<String, Route<?>> more = new LinkedHashMap<>(byType);
        more.put(ceType, new Route<>(payloadType, handler));
        return new Routes(consumer, Map.copyOf(more));
    }

    public String consumer() {
        return consumer;
    }

    public Set<String> types() {
        return byType.keySet();
    }

    Optional<Route<?>> route(String ceType) {
        return Optional.ofNullable(byType.get(ceType));
    }
}
