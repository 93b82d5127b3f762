package uk.nhs.patientsafety.eventsourcing.processing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import uk.nhs.patientsafety.eventsourcing.AxonRuntime;
import uk.nhs.patientsafety.eventsourcing.outbox.OutboxDeadLetters;
import uk.nhs.patientsafety.eventsourcing.outbox.OutboxPublisher;

/**
 * Where each event processor stands, for {@code /admin/processors}, the wellness check and the metrics: running,
 * stopped, or stuck (a segment failing and being retried, say a projection whose handler keeps throwing, or the
 * outbox while Kafka is down), and how many events the outbox has parked.
 */
@ApplicationScoped
public class Processors {

    /** One processing group. {@code parkedEvents} is null for groups that never park (projections, policies). */
    public record State(String group, String state, String error, Long parkedEvents) {
        public boolean healthy() {
            return !"error".equals(state) && (parkedEvents == null || parkedEvents == 0);
        }
    }

    @Inject
    AxonRuntime axon;

    @Inject
    OutboxDeadLetters outboxDeadLetters;

    @Inject
    MeterRegistry metrics;

    public List<State> all() {
        Map<String, EventProcessor> processors =
                axon.configuration().eventProcessingConfiguration().eventProcessors();
        return processors.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> state(entry.getKey(), entry.getValue()))
                .toList();
    }

    private State state(String group, EventProcessor processor) {
        String error = null;
        if (processor instanceof StreamingEventProcessor streaming) {
            error = streaming.processingStatus().values().stream()
                    .filter(EventTrackerStatus::isErrorState)
                    .map(status -> status.getError() == null
                            ? "error"
                            : status.getError().getClass().getName())
                    .findFirst()
                    .orElse(null);
        }
        String state = processor.isError() || error != null ? "error" : processor.isRunning() ? "running" : "stopped";
        Long parked = OutboxPublisher.PROCESSING_GROUP.equals(group) ? outboxDeadLetters.parkedEvents() : null;
        return new State(group, state, error, parked);
    }

    /** Gauges per group: {@code platform.processor.error} (1 while stuck) and the outbox's parked events. */
    void registerMetrics(@Observes @Priority(200) StartupEvent event) {
        axon.configuration()
                .eventProcessingConfiguration()
                .eventProcessors()
                .forEach((group, processor) -> Gauge.builder(
                                "platform.processor.error", processor, p -> p.isError() ? 1 : 0)
                        .tag("group", group)
                        .description("1 while the processing group is failing and retrying its events")
                        .register(metrics));
        Gauge.builder("platform.outbox.parked.events", outboxDeadLetters, OutboxDeadLetters::parkedEvents)
                .description("Events the outbox could not publish, parked for an administrator to retry")
                .register(metrics);
    }
}
