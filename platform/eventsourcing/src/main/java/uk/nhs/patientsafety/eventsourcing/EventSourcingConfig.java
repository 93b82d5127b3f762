package uk.nhs.patientsafety.eventsourcing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Tuning of the Axon runtime; every value has a default that suits a 2-core machine. */
@ConfigMapping(prefix = "platform.eventsourcing")
public interface EventSourcingConfig {

    /** How long the event store waits before polling again when it has no new events from other nodes. */
    @WithDefault("200ms")
    Duration fetchDelay();

    Processors processors();

    EventStore eventStore();

    Deadlines deadlines();

    Outbox outbox();

    Inbound inbound();

    DeadLetters deadLetters();

    /**
     * How long, and across how many later events, a processor waits for an event whose transaction committed after
     * later ones (a gap in the global index). A transaction lasts at most the transaction timeout (60 s by default),
     * and a processor that lags further behind than the gap timeout stops tracking gaps at all, so both are set far
     * above it: an event is never skipped because its transaction was slow under load (ADR 9). Axon's defaults are
     * 1 minute and 10,000 events.
     */
    interface EventStore {
        @WithDefault("10m")
        Duration gapTimeout();

        @WithDefault("1000000")
        int maxGapOffset();
    }

    interface Processors {
        /** Events handled in one transaction by a streaming processor. */
        @WithDefault("100")
        int batchSize();

        /** Segments a new processor starts with; ordering is kept per aggregate within a segment. */
        @WithDefault("2")
        int initialSegments();

        /** Threads that process segments, per processor. */
        @WithDefault("2")
        int workerThreads();

        /** How often a processor tries to claim unclaimed segments (and retries failed ones). */
        @WithDefault("1s")
        Duration tokenClaimInterval();
    }

    interface Deadlines {
        /** How often db-scheduler looks for due deadlines. */
        @WithDefault("1s")
        Duration pollingInterval();

        @WithDefault("2")
        int threads();
    }

    interface Outbox {
        /** The longest a batch waits for Kafka acks before it fails and is retried. */
        @WithDefault("40s")
        Duration ackTimeout();
    }

    interface Inbound {
        Retry retry();

        /**
         * How the inbound router retries a transient failure (database unavailable, serialization failure, deadlock,
         * concurrent change). Stops at whichever limit comes first; keep {@code max-elapsed} below the channel's
         * {@code throttled.unprocessed-record-max-age.ms} (60 s by default), or SmallRye fails the channel.
         */
        interface Retry {
            /** The wait before the second attempt; doubled after each failed attempt. */
            @WithDefault("100ms")
            Duration initialDelay();

            /** The longest wait between two attempts. */
            @WithDefault("5s")
            Duration maxDelay();

            /** Attempts in all, the first included. */
            @WithDefault("10")
            int maxAttempts();

            /** No further attempt starts after this long since the first. */
            @WithDefault("30s")
            Duration maxElapsed();
        }
    }

    interface DeadLetters {
        /**
         * The consumer group whose committed offsets on each {@code <topic>.dlq} mark what has been replayed; by
         * default {@code <quarkus.application.name>.dead-letter-replay}.
         */
        Optional<String> replayGroup();

        /** The longest a listing or a replay waits for Kafka. */
        @WithDefault("30s")
        Duration kafkaTimeout();

        /** Records listed at most by {@code GET /admin/dead-letters/{topic}} (the count covers them all). */
        @WithDefault("500")
        int listLimit();
    }
}
