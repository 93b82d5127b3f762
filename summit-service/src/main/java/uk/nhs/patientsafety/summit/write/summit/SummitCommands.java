package uk.nhs.patientsafety.summit.write.summit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.nhs.patientsafety.summit.events.SummitEvents.PackItem;

/** Commands to the risk summit aggregate; each carries {@code at}, so the aggregate never reads a clock. */
public final class SummitCommands {

    private SummitCommands() {}

    public sealed interface LifecycleCommand {
        String summitId();

        Instant at();

        Action action();
    }

    public record RequestRiskSummit(
            @TargetAggregateIdentifier String summitId,
            String providerOds,
            String format,
            String convenorOds,
            String concernId,
            Instant at) {}

    public record Convene(
            @TargetAggregateIdentifier String summitId,
            String chair,
            LocalDate heldOn,
            List<String> invitees,
            List<PackItem> intelligencePack,
            Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.CONVENE;
        }
    }

    public record RecordHeld(@TargetAggregateIdentifier String summitId, List<String> attendees, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.RECORD_HELD;
        }
    }

    /** One agreed action: {@code actionId} given by the caller's side, so a retry names the same action. */
    public record AgreedAction(String actionId, String description, String ownerOds, LocalDate dueOn) {}

    public record RecordOutcomes(
            @TargetAggregateIdentifier String summitId,
            List<AgreedAction> actions,
            String escalationDecision,
            boolean followUpNeeded,
            String communicationsLine,
            Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.RECORD_OUTCOMES;
        }
    }

    public record ScheduleFollowUp(@TargetAggregateIdentifier String summitId, LocalDate heldOn, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.SCHEDULE_FOLLOW_UP;
        }
    }

    public record Conclude(@TargetAggregateIdentifier String summitId, String deescalatedTo, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.CONCLUDE;
        }
    }

    public record CompleteSummitAction(
            @TargetAggregateIdentifier String summitId, String actionId, String by, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.COMPLETE_ACTION;
        }
    }

    public record CancelSummitAction(
            @TargetAggregateIdentifier String summitId, String actionId, String reason, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.CANCEL_ACTION;
        }
    }
}
