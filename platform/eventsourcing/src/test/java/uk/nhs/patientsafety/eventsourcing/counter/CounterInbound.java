package uk.nhs.patientsafety.eventsourcing.counter;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import uk.nhs.patientsafety.eventsourcing.inbound.Deduplicator;
import uk.nhs.patientsafety.eventsourcing.inbound.IncomingCloudEvent;

/** Consumes increment requests from Kafka: the shape every inbound listener of a service takes. */
@ApplicationScoped
public class CounterInbound {

    public record IncrementRequested(String counterId) {}

    @Inject
    Deduplicator deduplicator;

    @Inject
    CommandGateway commands;

    @Incoming("counter-requests-in")
    @Blocking
    CompletionStage<Void> consume(Message<String> message) {
        try {
            IncomingCloudEvent event = IncomingCloudEvent.of(message);
            IncrementRequested request = event.payload(IncrementRequested.class);
            deduplicator.once(
                    "counter-requests",
                    event.id(),
                    () -> commands.sendAndWait(new CounterEvents.Increment(request.counterId())));
            return message.ack();
        } catch (RuntimeException e) {
            return message.nack(e);
        }
    }
}
