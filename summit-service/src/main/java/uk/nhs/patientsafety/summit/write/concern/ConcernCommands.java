package uk.nhs.patientsafety.summit.write.concern;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Commands to the quality concern aggregate. Each carries {@code at}, the moment it was asked, so the aggregate never
 * reads a clock; {@code by} is the acting organisation's ODS code.
 */
public final class ConcernCommands {

    private ConcernCommands() {}

    /** A lifecycle command: it names its concern, when it was asked and the action it is. */
    public sealed interface LifecycleCommand {
        String concernId();

        Instant at();

        Action action();
    }

    public record RaiseConcern(
            @TargetAggregateIdentifier String concernId,
            String providerOds,
            String service,
            String source,
            String raisedByOds,
            String description,
            List<String> linkedIncidents,
            String rule,
            Instant at) {}

    /** {@code outcome} {@code no_action} needs a reason; {@code monitor} a review date. */
    public record ScreenConcern(
            @TargetAggregateIdentifier String concernId,
            String outcome,
            String reason,
            LocalDate reviewOn,
            String by,
            Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.SCREEN;
        }
    }

    public record RequestSummit(
            @TargetAggregateIdentifier String concernId, String summitId, String format, String by, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.REQUEST_SUMMIT;
        }
    }

    public record CloseConcern(@TargetAggregateIdentifier String concernId, String reason, String by, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.CLOSE;
        }
    }
}
