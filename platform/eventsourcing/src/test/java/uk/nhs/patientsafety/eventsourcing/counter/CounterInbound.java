package uk.nhs.patientsafety.eventsourcing.counter;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import uk.nhs.patientsafety.eventsourcing.inbound.InboundRouter;
import uk.nhs.patientsafety.eventsourcing.inbound.Routes;

/** Consumes increment requests from Kafka: the shape every inbound listener of a service takes. */
@ApplicationScoped
public class CounterInbound {

    public static final String INCREMENT_REQUESTED = "test.IncrementRequested.v1";

    public record IncrementRequested(String counterId) {}

    @Inject
    InboundRouter router;

    @Inject
    CommandGateway commands;

    @Inject
    CounterFaults faults;

    private final Routes requests = Routes.of("counter-requests")
            .on(INCREMENT_REQUESTED, IncrementRequested.class, (event, request) -> increment(request));

    /** A second topic, so that dead-letter replay tests see only their own records. */
    private final Routes replays = Routes.of("counter-replays")
            .on(INCREMENT_REQUESTED, IncrementRequested.class, (event, request) -> increment(request));

    @Incoming("counter-requests-in")
    @Blocking
    CompletionStage<Void> consume(Message<String> message) {
        return router.route(message, requests);
    }

    @Incoming("counter-replays-in")
    @Blocking
    CompletionStage<Void> consumeReplays(Message<String> message) {
        return router.route(message, replays);
    }

    private void increment(IncrementRequested request) throws Exception {
        faults.check(request.counterId());
        commands.sendAndWait(new CounterEvents.Increment(request.counterId()));
    }
}
