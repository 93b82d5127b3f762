package uk.nhs.patientsafety.eventsourcing.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import uk.nhs.patientsafety.eventsourcing.AxonRuntime;

/**
 * Ready once Axon runs. A processor in error (say the outbox while Kafka is down) is reported but does not make the
 * service unready: it still takes commands, and the outbox catches up when Kafka is back.
 */
@Readiness
@ApplicationScoped
public class AxonReadiness implements HealthCheck {

    @Inject
    AxonRuntime axon;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event-sourcing");
        if (!axon.isRunning()) {
            return response.down().build();
        }
        axon.configuration()
                .eventProcessingConfiguration()
                .eventProcessors()
                .forEach((name, processor) -> response.withData(
                        name, processor.isError() ? "error" : processor.isRunning() ? "running" : "stopped"));
        return response.up().build();
    }
}
