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
 * Immutable: {@link #on} and {@link #from} return a new set of routes. A consumer names the producer it trusts
 * ({@code .from("/assurance-service")}): a record from any other {@code ce_source} is refused as poison, with the
 * reason, before its payload is read.
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

    /** A record from a producer the consumer does not trust: dead-lettered with this message as the reason. */
    public static final class UntrustedSource extends RuntimeException {
        UntrustedSource(String message) {
            super(message);
        }
    }

    record Route<T>(String source, Class<T> payloadType, Handler<? super T> handler) {

        /** Reads the payload now (an unreadable one is poison), so that the effect only has to run. */
        Effect bind(IncomingCloudEvent event) {
            if (source != null && !source.equals(event.attributes().source())) {
                throw new UntrustedSource(event.type() + " is taken only from " + source + ", not from "
                        + event.attributes().source());
            }
            T payload = event.payload(payloadType);
            return () -> handler.handle(event, payload);
        }

        Route<T> from(String producer) {
            return new Route<>(producer, payloadType, handler);
        }
    }

    @FunctionalInterface
    interface Effect {
        void run() throws Exception;
    }

    private final String consumer;
    private final String source;
    private final Map<String, Route<?>> byType;

    private Routes(String consumer, String source, Map<String, Route<?>> byType) {
        this.consumer = consumer;
        this.source = source;
        this.byType = byType;
    }

    /** {@code consumer} names the de-duplication scope: keep it stable, e.g. {@code "<service>.<producer>"}. */
    public static Routes of(String consumer) {
        if (consumer == null || consumer.isBlank()) {
            throw new IllegalArgumentException("A consumer name is required");
        }
        return new Routes(consumer, null, Map.of());
    }

    /** Trusts only records whose {@code ce_source} is {@code producer} (e.g. {@code /assurance-service}). */
    public Routes from(String producer) {
        if (producer == null || producer.isBlank()) {
            throw new IllegalArgumentException("A producer source is required");
        }
        Map<String, Route<?>> trusting = new LinkedHashMap<>();
        byType.forEach((type, route) -> trusting.put(type, route.from(producer)));
        return new Routes(consumer, producer, Map.copyOf(trusting));
    }

    /** Handles events of {@code ceType} by reading the payload as {@code payloadType} and calling {@code handler}. */
    public <T> Routes on(String ceType, Class<T> payloadType, Handler<? super T> handler) {
        if (byType.containsKey(ceType)) {
            throw new IllegalArgumentException(consumer + " already routes " + ceType);
        }
        Map<String, Route<?>> more = new LinkedHashMap<>(byType);
        more.put(ceType, new Route<>(source, payloadType, handler));
        return new Routes(consumer, source, Map.copyOf(more));
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
