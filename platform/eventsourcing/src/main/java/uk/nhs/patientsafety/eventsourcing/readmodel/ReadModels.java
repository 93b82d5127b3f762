package uk.nhs.patientsafety.eventsourcing.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import uk.nhs.patientsafety.eventsourcing.AxonRuntime;
import uk.nhs.patientsafety.eventsourcing.outbox.OutboxPublisher;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;

/**
 * Rebuilds a read model by replaying the event store into its streaming processing group, and tells how far the
 * replay has got. Any streaming group of the service qualifies except one that cannot be replayed: the outbox
 * ({@link OutboxPublisher#PROCESSING_GROUP}) would publish every event again.
 */
@ApplicationScoped
public class ReadModels {

    /** Where a group stands: replaying after a rebuild, caught up with the event store, and how far it got. */
    public record Status(
            String processingGroup, boolean replaying, boolean caughtUp, long position, long headPosition) {}

    @Inject
    AxonRuntime axon;

    /** 404 problem for a group that is not a streaming processing group of this service. */
    public Status status(String group) {
        return status(group, processor(group));
    }

    /**
     * Empties the read model (the group's {@code @ResetHandler}s) and replays every event into it; answers at once.
     * 409 problem for the outbox or another group that does not support a reset, or when another node holds its
     * segments.
     */
    public Status rebuild(String group) {
        StreamingEventProcessor processor = processor(group);
        if (OutboxPublisher.PROCESSING_GROUP.equals(group) || !processor.supportsReset()) {
            throw new ProblemException(Problem.typed(
                    "not-replayable",
                    409,
                    "Not replayable",
                    "Processing group " + group + " cannot be rebuilt: replaying it would repeat its effects"
                            + (OutboxPublisher.PROCESSING_GROUP.equals(group)
                                    ? " (it would publish every event again)."
                                    : ".")));
        }
        processor.shutDown();
        try {
            processor.resetTokens();
        } catch (UnableToClaimTokenException e) {
            throw new ProblemException(Problem.typed(
                    "segments-claimed",
                    409,
                    "Processing group busy elsewhere",
                    "Another node is processing " + group + "; stop its processor there, or retry."));
        } finally {
            processor.start();
        }
        return status(group, processor);
    }

    private Status status(String group, StreamingEventProcessor processor) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        // An empty event store has no head token at all.
        TrackingToken headToken = axon.configuration().eventStore().createHeadToken();
        long head = headToken == null ? -1 : headToken.position().orElse(-1);
        long position = segments.stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(-1))
                .min()
                .orElse(-1);
        // A replay token stays "replaying" until an event newer than the reset arrives, so caught up means: every
        // segment has reached the head of the store.
        boolean replaying = segments.stream().anyMatch(EventTrackerStatus::isReplaying);
        return new Status(group, replaying, !segments.isEmpty() && position >= head, position, head);
    }

    private StreamingEventProcessor processor(String group) {
        return axon.configuration()
                .eventProcessingConfiguration()
                .eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new ProblemException(Problem.of(
                        Response.Status.NOT_FOUND, "This service has no streaming processing group " + group + ".")));
    }
}
