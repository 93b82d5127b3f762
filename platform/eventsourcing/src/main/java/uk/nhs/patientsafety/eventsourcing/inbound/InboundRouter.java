package uk.nhs.patientsafety.eventsourcing.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import uk.nhs.patientsafety.eventsourcing.EventSourcingConfig;

/**
 * The one way a service consumes CloudEvents from Kafka. A listener becomes:
 *
 * <pre>{@code
 * @Incoming("assurance-events-in")
 * @Blocking
 * CompletionStage<Void> consume(Message<String> message) {
 *     return router.route(message, routes);
 * }
 * }</pre>
 *
 * For each record:
 *
 * <ul>
 *   <li>unreadable (no or invalid CloudEvents headers, a payload that does not parse): <b>poison</b>, nacked, so the
 *       channel's {@code failure-strategy=dead-letter-queue} sends it to {@code <topic>.dlq} with the reason;
 *   <li>a type the routes do not name: acknowledged and ignored;
 *   <li>otherwise the handler runs through {@link Deduplicator#once}: once per (consumer, {@code ce_id}), in the
 *       transaction that records the id. A duplicate is acknowledged without effect;
 *   <li>a <b>transient</b> failure ({@link Failures#isTransient}) rolls back and is retried in place with exponential
 *       back-off ({@code platform.eventsourcing.inbound.retry.*}); nothing reaches the dead-letter topic meanwhile.
 *       When the limits are reached the record is nacked as poison with {@link RetriesExhaustedException} ("retries
 *       exhausted"): a consumer cannot stall its partition for ever, and the record can be replayed from the
 *       dead-letter topic after the outage;
 *   <li>any other failure (a broken domain rule, a missing aggregate, a bug) is <b>poison</b>.
 * </ul>
 *
 * The listener must be {@code @Blocking}: the effect and the back-off wait run on the calling thread, so the records of
 * a partition stay in order. Log lines carry consumer, {@code ce_type}, {@code ce_id} and outcome, never the payload;
 * exception messages go into logs and dead-letter headers, so they must not carry identifying text either.
 */
@ApplicationScoped
public class InboundRouter {

    private static final Logger LOG = Logger.getLogger(InboundRouter.class);
    private static final String UNKNOWN = "-";

    @Inject
    Deduplicator deduplicator;

    @Inject
    EventSourcingConfig config;

    public CompletionStage<Void> route(Message<String> message, Routes routes) {
        String consumer = routes.consumer();
        IncomingCloudEvent event;
        try {
            event = IncomingCloudEvent.of(message);
        } catch (RuntimeException unreadable) {
            log(Logger.Level.WARN, consumer, UNKNOWN, UNKNOWN, "poison", 0, unreadable);
            return message.nack(unreadable);
        }
        MDC.put("consumer", consumer);
        MDC.put("ce_type", event.type());
        MDC.put("ce_id", event.id());
        try {
            return route(message, consumer, event, routes.route(event.type()));
        } catch (RuntimeException unexpected) {
            // Never let an exception escape: SmallRye would stop the channel and consume nothing more.
            log(Logger.Level.ERROR, consumer, event.type(), event.id(), "poison", 0, unexpected);
            return message.nack(unexpected);
        } finally {
            MDC.remove("consumer");
            MDC.remove("ce_type");
            MDC.remove("ce_id");
        }
    }

    private CompletionStage<Void> route(
            Message<String> message, String consumer, IncomingCloudEvent event, Optional<Routes.Route<?>> route) {
        if (route.isEmpty()) {
            log(Logger.Level.DEBUG, consumer, event.type(), event.id(), "ignored", 0, null);
            return message.ack();
        }
        Routes.Effect effect;
        try {
            effect = route.get().bind(event);
        } catch (RuntimeException unreadable) {
            log(Logger.Level.WARN, consumer, event.type(), event.id(), "poison", 0, unreadable);
            return message.nack(unreadable);
        }

        EventSourcingConfig.Inbound.Retry retry = config.inbound().retry();
        long started = System.nanoTime();
        Duration delay = retry.initialDelay();
        for (int attempt = 1; ; attempt++) {
            Throwable failure;
            try {
                boolean applied = deduplicator.once(consumer, event.id(), () -> run(effect));
                log(
                        Logger.Level.INFO,
                        consumer,
                        event.type(),
                        event.id(),
                        applied ? "applied" : "duplicate",
                        attempt,
                        null);
                return message.ack();
            } catch (CheckedFailure e) {
                failure = e.getCause();
            } catch (Exception e) {
                // Exception, not RuntimeException: a commit failure may leave the transaction interceptor unchecked.
                failure = e;
            }
            if (!Failures.isTransient(failure)) {
                log(Logger.Level.WARN, consumer, event.type(), event.id(), "poison", attempt, failure);
                return message.nack(failure);
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            if (attempt >= retry.maxAttempts() || elapsed.plus(delay).compareTo(retry.maxElapsed()) > 0) {
                log(Logger.Level.WARN, consumer, event.type(), event.id(), "retries-exhausted", attempt, failure);
                return message.nack(new RetriesExhaustedException(attempt, failure));
            }
            LOG.infof(
                    "inbound consumer=%s ce_type=%s ce_id=%s outcome=retrying attempts=%d next_delay_ms=%d failure=%s: %s",
                    consumer,
                    event.type(),
                    event.id(),
                    attempt,
                    delay.toMillis(),
                    failure.getClass().getName(),
                    failure.getMessage());
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                // Shutting down: neither ack nor nack, so the offset is not committed and the record comes again.
                Thread.currentThread().interrupt();
                log(Logger.Level.INFO, consumer, event.type(), event.id(), "interrupted", attempt, failure);
                return new CompletableFuture<>();
            }
            Duration doubled = delay.multipliedBy(2);
            delay = doubled.compareTo(retry.maxDelay()) > 0 ? retry.maxDelay() : doubled;
        }
    }

    private static void run(Routes.Effect effect) {
        try {
            effect.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CheckedFailure(e);
        }
    }

    private static void log(
            Logger.Level level,
            String consumer,
            String type,
            String id,
            String outcome,
            int attempts,
            Throwable failure) {
        if (!LOG.isEnabled(level)) {
            return;
        }
        if (failure == null) {
            LOG.logf(
                    level,
                    "inbound consumer=%s ce_type=%s ce_id=%s outcome=%s attempts=%d",
                    consumer,
                    type,
                    id,
                    outcome,
                    attempts);
        } else {
            LOG.logf(
                    level,
                    "inbound consumer=%s ce_type=%s ce_id=%s outcome=%s attempts=%d failure=%s: %s",
                    consumer,
                    type,
                    id,
                    outcome,
                    attempts,
                    failure.getClass().getName(),
                    failure.getMessage());
        }
    }

    /** Carries a handler's checked exception through {@link Deduplicator#once}, which takes a {@link Runnable}. */
    private static final class CheckedFailure extends RuntimeException {
        CheckedFailure(Exception cause) {
            super(cause);
        }
    }
}
