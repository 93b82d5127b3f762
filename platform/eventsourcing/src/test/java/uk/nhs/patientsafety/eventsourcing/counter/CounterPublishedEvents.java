package uk.nhs.patientsafety.eventsourcing.counter;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventMessage;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.eventsourcing.counter.CounterEvents.CounterIncremented;
import uk.nhs.patientsafety.eventsourcing.outbox.OutboundEventMapper;

/** Publishes increments only: other internal events stay inside, as a real service's would. */
@ApplicationScoped
public class CounterPublishedEvents implements OutboundEventMapper {

    public static final String TOPIC = "test.counters.v1";

    public record CounterIncrementedV1(String counterId, int value) implements ContractEvent {
        @Override
        public String topic() {
            return TOPIC;
        }

        @Override
        public String type() {
            return "test.CounterIncremented.v1";
        }

        @Override
        public String subject() {
            return counterId;
        }
    }

    /** Counters whose increments the mapper fails on, as a mapper bug would: poison for the outbox. */
    private final Set<String> unmappable = ConcurrentHashMap.newKeySet();

    public void failToMap(String counterId) {
        unmappable.add(counterId);
    }

    public void mapAgain(String counterId) {
        unmappable.remove(counterId);
    }

    @Override
    public List<ContractEvent> toContractEvents(EventMessage<?> event) {
        if (event.getPayload() instanceof CounterIncremented incremented) {
            if (unmappable.contains(incremented.counterId())) {
                throw new IllegalStateException("Injected mapper failure");
            }
            return List.of(new CounterIncrementedV1(incremented.counterId(), incremented.value()));
        }
        return List.of();
    }
}
