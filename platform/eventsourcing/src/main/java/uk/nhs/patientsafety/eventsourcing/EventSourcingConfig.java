package uk.nhs.patientsafety.eventsourcing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tuning of the Axon runtime; every value has a default that suits a 2-core machine. */
@ConfigMapping(prefix = "platform.eventsourcing")
public interface EventSourcingConfig {

    /** How long the event store waits before polling again when it has no new events from other nodes. */
    @WithDefault("200ms")
    Duration fetchDelay();

    Processors processors();

    Deadlines deadlines();

    Outbox outbox();

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
}
