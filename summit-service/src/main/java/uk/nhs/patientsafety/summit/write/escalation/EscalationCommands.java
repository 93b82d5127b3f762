package uk.nhs.patientsafety.summit.write.escalation;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.nhs.patientsafety.summit.events.EscalationEvents.Step;

/** Commands to the escalation aggregate; each carries {@code at}, so the aggregate never reads a clock. */
public final class EscalationCommands {

    private EscalationCommands() {}

    public sealed interface LifecycleCommand {
        String escalationId();

        Instant at();

        Action action();
    }

    /** {@code path}: the level raised to first, then each level above it (from commissioning reference data). */
    public record RaiseEscalation(
            @TargetAggregateIdentifier String escalationId,
            String providerOds,
            String region,
            String raisedByOds,
            List<Step> path,
            String summary,
            String concernId,
            String summitId,
            Instant at) {}

    public record AcknowledgeEscalation(@TargetAggregateIdentifier String escalationId, String by, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.ACKNOWLEDGE;
        }
    }

    public record Respond(
            @TargetAggregateIdentifier String escalationId,
            String decision,
            String actions,
            String ownerOds,
            String by,
            Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.RESPOND;
        }
    }

    public record AcknowledgeFeedback(@TargetAggregateIdentifier String escalationId, String by, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.ACKNOWLEDGE_FEEDBACK;
        }
    }

    public record CloseEscalation(@TargetAggregateIdentifier String escalationId, String by, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.CLOSE;
        }
    }
}
