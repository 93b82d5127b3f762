package uk.nhs.patientsafety.incident.read.incidents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.axonframework.eventhandling.StreamingEventProcessor;
import uk.nhs.patientsafety.eventsourcing.AxonRuntime;
import uk.nhs.patientsafety.incident.events.Status;

/** Rebuilds the incident read model by replaying the event store, and tells how far the replay has got. */
@ApplicationScoped
public class ReadModelReplay {

    /** Where the projection stands: replaying after a rebuild, caught up with the event store, and how far it got. */
    public record Status(
            String processingGroup, boolean replaying, boolean caughtUp, long position, long headPosition) {}

    @Inject
    AxonRuntime axon;

    public Status status() {
        var segments = processor().processingStatus().values();
        long head =
                axon.configuration().eventStore().createHeadToken().position().orElse(-1);
        long position = segments.stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(-1))
                .min()
                .orElse(-1);
        // A replay token stays "replaying" until an event newer than the reset arrives, so caught up means: every
        // segment has reached the head of the store.
        boolean replaying = segments.stream().anyMatch(s -> s.isReplaying());
        return new Status(IncidentProjection.GROUP, replaying, !segments.isEmpty() && position >= head, position, head);
    }

    /** Empties the read model (the projection's reset handler) and replays every event into it. */
    public void rebuild() {
        StreamingEventProcessor processor = processor();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    private StreamingEventProcessor processor() {
        return axon.configuration()
                .eventProcessingConfiguration()
                .eventProcessor(IncidentProjection.GROUP, StreamingEventProcessor.class)
                .orElseThrow();
    }
}
