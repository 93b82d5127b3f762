package uk.nhs.patientsafety.eventsourcing;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, but its streams tell a pooled streaming processor when events were committed. Without
 * that, the processor's coordinator polls every 500 ms, and an appended event waits that long to be handled — and
 * published (ADR 3). Processors are woken once the JTA transaction that appended the events has committed, so they
 * never look before the events are visible.
 */
final class WakingEventStore extends EmbeddedEventStore {

    private static final ScheduledExecutorService SECOND_LOOK = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "event-store-wake-up");
        thread.setDaemon(true);
        return thread;
    });

    private final Set<Runnable> wakeUps = ConcurrentHashMap.newKeySet();
    private final TransactionSynchronizationRegistry transactions;

    WakingEventStore(Builder builder, TransactionSynchronizationRegistry transactions) {
        super(builder);
        this.transactions = transactions;
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new WakingStream(super.openStream(trackingToken));
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            // Axon joined a transaction someone else commits: wake the processors when that happens.
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        wakeUp();
                    }
                }
            });
        } else {
            wakeUp();
        }
    }

    private void wakeUp() {
        wakeUps.forEach(Runnable::run);
        // The store's own reader thread fetches the new events concurrently; if a processor looked before it had
        // them, this second call lets it look again instead of waiting for its next scheduled round.
        SECOND_LOOK.schedule(() -> wakeUps.forEach(Runnable::run), 5, TimeUnit.MILLISECONDS);
    }

    private final class WakingStream implements TrackingEventStream {

        private final TrackingEventStream delegate;
        private Runnable wakeUp;

        WakingStream(TrackingEventStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            if (wakeUp != null) {
                wakeUps.remove(wakeUp);
            }
            wakeUp = callback;
            wakeUps.add(callback);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            if (wakeUp != null) {
                wakeUps.remove(wakeUp);
            }
            delegate.close();
        }
    }
}
