package uk.nhs.patientsafety.eventsourcing.processing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import uk.nhs.patientsafety.eventsourcing.AxonRuntime;

/**
 * {@code /q/health/well}: down while a processor is stuck or the outbox has parked events, with each group's state.
 * Not a readiness check: a service with a stuck processor still takes commands, and restarting it would not help.
 */
@io.smallrye.health.api.Wellness
@ApplicationScoped
public class EventProcessingWellness implements HealthCheck {

    @Inject
    AxonRuntime axon;

    @Inject
    Processors processors;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event-processing");
        if (!axon.isRunning()) {
            return response.down().build();
        }
        boolean healthy = true;
        for (Processors.State state : processors.all()) {
            response.withData(state.group(), state.state());
            if (state.parkedEvents() != null) {
                response.withData(state.group() + ".parked", state.parkedEvents());
            }
            healthy &= state.healthy();
        }
        return response.status(healthy).build();
    }
}
