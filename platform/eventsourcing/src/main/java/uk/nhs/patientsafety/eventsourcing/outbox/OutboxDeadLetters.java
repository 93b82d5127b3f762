package uk.nhs.patientsafety.eventsourcing.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.jboss.logging.Logger;
import uk.nhs.patientsafety.eventsourcing.AxonRuntime;
import uk.nhs.patientsafety.eventsourcing.inbound.Failures;

/**
 * Where the outbox parks a poison event (ADR 9): one that no retry can publish because mapping it to contract events
 * or writing them as JSON fails. Parked per aggregate, so the outbox goes on publishing every other aggregate's
 * events; later events of the parked aggregate wait behind it so that consumers still see them in order. A transient
 * failure (Kafka unavailable, a send not acknowledged, the database away) is never parked: it rolls the batch back
 * and the batch is retried, as before.
 *
 * <p>Only the outbox parks. A projection's handler may have written before it failed, and those writes would commit
 * with the parked letter and apply twice on retry; projections keep failing their batch and retrying it, which
 * {@code /admin/processors}, the wellness check and the metrics show as a stuck processor.
 */
@ApplicationScoped
public class OutboxDeadLetters {

    private static final Logger LOG = Logger.getLogger(OutboxDeadLetters.class);

    /** Table and column names of {@code db/eventsourcing/V0_3__outbox_dead_letters.sql}. */
    static final DeadLetterSchema SCHEMA = DeadLetterSchema.builder()
            .deadLetterTable("dead_letter_entry")
            .deadLetterIdentifierColumn("dead_letter_id")
            .processingGroupColumn("processing_group")
            .sequenceIdentifierColumn("sequence_identifier")
            .sequenceIndexColumn("sequence_index")
            .messageTypeColumn("message_type")
            .eventIdentifierColumn("event_identifier")
            .timestampColumn("time_stamp")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .aggregateTypeColumn("type")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .tokenTypeColumn("token_type")
            .tokenColumn("token")
            .enqueuedAtColumn("enqueued_at")
            .lastTouchedColumn("last_touched")
            .processingStartedColumn("processing_started")
            .causeTypeColumn("cause_type")
            .causeMessageColumn("cause_message")
            .diagnosticsColumn("diagnostics")
            .build();

    /** A parked event as an administrator sees it: ids, type, when and why; never the payload. */
    public record Parked(
            String aggregateId,
            Long sequenceNumber,
            String eventId,
            String eventType,
            Instant occurredAt,
            Instant parkedAt,
            Instant lastRetriedAt,
            String causeType,
            String causeMessage) {}

    /** What one retry did: aggregates retried, those now published, those still parked. */
    public record RetryResult(int retried, int published, int stillParked) {}

    /** Set while an administrator's retry runs on this thread: a failure then keeps the letter parked. */
    private static final ThreadLocal<Boolean> RETRYING = ThreadLocal.withInitial(() -> false);

    @Inject
    AxonRuntime axon;

    /** The JDBC queue of the outbox's processing group, in the service's own database and transaction. */
    public static SequencedDeadLetterQueue<EventMessage<?>> queue(
            ConnectionProvider connections, TransactionManager transactions, Serializer serializer) {
        return JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                .processingGroup(OutboxPublisher.PROCESSING_GROUP)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(SCHEMA)
                .genericSerializer(serializer)
                .eventSerializer(serializer)
                .build();
    }

    /** Poison is parked; anything transient is thrown again so that the batch rolls back and is retried. */
    public static EnqueuePolicy<EventMessage<?>> policy() {
        return (letter, cause) -> decide(letter, cause);
    }

    private static EnqueueDecision<EventMessage<?>> decide(
            DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (RETRYING.get()) {
            // An administrator's retry failed again: the letter stays parked (with the new cause) for the next one.
            return Decisions.requeue(cause);
        }
        if (Failures.isTransient(cause) || cause instanceof OutboxPublisher.OutboxDeliveryException) {
            // Axon's "do not enqueue" would skip the event: fail the batch instead, which is retried.
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
        LOG.errorf(
                "outbox parked event %s (%s) of aggregate %s: %s",
                letter.message().getIdentifier(),
                letter.message().getPayloadType().getSimpleName(),
                aggregateOf(letter.message()),
                cause.getClass().getName());
        return Decisions.enqueue(cause);
    }

    public Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue() {
        return axon.configuration().eventProcessingConfiguration().deadLetterQueue(OutboxPublisher.PROCESSING_GROUP);
    }

    /** How many events are parked, across all aggregates. */
    public long parkedEvents() {
        return queue().map(SequencedDeadLetterQueue::size).orElse(0L);
    }

    /** The parked events, aggregate by aggregate in order; at most {@code limit}. */
    public List<Parked> list(int limit) {
        List<Parked> parked = new ArrayList<>();
        queue().ifPresent(q -> {
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : q.deadLetters()) {
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    if (parked.size() >= limit) {
                        return;
                    }
                    parked.add(view(letter));
                }
            }
        });
        return parked;
    }

    /**
     * Tries every parked aggregate once, oldest event first: published letters leave the queue, failing ones stay
     * with their new cause. Each aggregate runs in its own transaction (Axon's), so call this outside one.
     */
    public RetryResult retry() {
        SequencedDeadLetterQueue<EventMessage<?>> q = queue().orElse(null);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = axon.configuration()
                .eventProcessingConfiguration()
                .sequencedDeadLetterProcessor(OutboxPublisher.PROCESSING_GROUP)
                .orElse(null);
        if (q == null || processor == null) {
            return new RetryResult(0, 0, 0);
        }
        List<String> firstEventOfEachSequence = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : q.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                firstEventOfEachSequence.add(letter.message().getIdentifier());
                break;
            }
        }
        int published = withRetrying(() -> {
            int done = 0;
            for (String first : firstEventOfEachSequence) {
                if (processor.process(letter -> letter.message().getIdentifier().equals(first))) {
                    done++;
                }
            }
            return done;
        });
        int stillParked = (int) q.amountOfSequences();
        LOG.infof(
                "outbox retry: %d aggregates retried, %d published, %d still parked",
                firstEventOfEachSequence.size(), published, stillParked);
        return new RetryResult(firstEventOfEachSequence.size(), published, stillParked);
    }

    private static int withRetrying(Supplier<Integer> work) {
        RETRYING.set(true);
        try {
            return work.get();
        } finally {
            RETRYING.remove();
        }
    }

    private static Parked view(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        Optional<Cause> cause = letter.cause();
        return new Parked(
                aggregateOf(message),
                message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null,
                message.getIdentifier(),
                message.getPayloadType().getSimpleName(),
                message.getTimestamp(),
                letter.enqueuedAt(),
                letter.lastTouched(),
                cause.map(Cause::type).orElse(null),
                cause.map(Cause::message).orElse(null));
    }

    private static String aggregateOf(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
    }
}
