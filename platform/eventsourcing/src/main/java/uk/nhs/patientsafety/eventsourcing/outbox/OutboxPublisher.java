package uk.nhs.patientsafety.eventsourcing.outbox;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.eventsourcing.EventSourcingConfig;

/**
 * The event store is the outbox: this handler, alone in its non-replayable processing group, maps each stored event
 * to contract events and sends them to Kafka. Sends of one batch go out together; the batch (and with it the
 * processor's token) commits only once the broker has acknowledged every one of them. A failed or slow send rolls
 * the batch back and the processor retries it, so events are published at least once and never skipped. An event
 * that cannot be mapped or written at all is parked in {@link OutboxDeadLetters}, and publishing goes on.
 */
@Singleton
@DisallowReplay
public class OutboxPublisher {

    public static final String PROCESSING_GROUP = "outbox";
    private static final String PENDING = OutboxPublisher.class.getName() + ".pending";

    @Inject
    KafkaOutbox kafka;

    @Inject
    Instance<OutboundEventMapper> mappers;

    @Inject
    EventSourcingConfig config;

    @EventHandler
    void publish(Object payload, EventMessage<?> event) {
        List<ContractEvent> contractEvents = new ArrayList<>();
        mappers.forEach(mapper -> contractEvents.addAll(mapper.toContractEvents(event)));
        for (int i = 0; i < contractEvents.size(); i++) {
            // The CloudEvents id must be stable across retries, so consumers can drop the duplicates retries make.
            String id = i == 0 ? event.getIdentifier() : event.getIdentifier() + "-" + i;
            pendingAcks().add(send(contractEvents.get(i), id, event));
        }
    }

    /**
     * A contract event that cannot be written as JSON is poison and fails here, to be parked; a send Kafka refuses
     * at once (a full buffer, a closed channel) is transient and fails the batch at commit, to be retried.
     */
    private CompletableFuture<Void> send(ContractEvent contractEvent, String id, EventMessage<?> event) {
        String json = KafkaOutbox.json(contractEvent);
        try {
            return kafka.send(contractEvent, json, id, event.getTimestamp());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private List<CompletableFuture<Void>> pendingAcks() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING, key -> {
            List<CompletableFuture<Void>> pending = new ArrayList<>();
            batch.onPrepareCommit(u -> awaitAcks(pending));
            return pending;
        });
    }

    private void awaitAcks(List<CompletableFuture<Void>> pending) {
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .get(config.outbox().ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new OutboxDeliveryException("Kafka refused an outbound event", e.getCause());
        } catch (TimeoutException e) {
            throw new OutboxDeliveryException(
                    "Kafka did not acknowledge outbound events within "
                            + config.outbox().ackTimeout(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutboxDeliveryException("Interrupted while waiting for Kafka", e);
        }
    }

    /** Fails the batch so that it is retried; nothing is lost. */
    public static final class OutboxDeliveryException extends RuntimeException {
        OutboxDeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
