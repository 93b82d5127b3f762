package uk.nhs.patientsafety.assurance.write.safetyaction;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands to a safety action; each carries {@code at}; {@code by} is the acting organisation. */
public final class ActionCommands {

    private ActionCommands() {}

    public sealed interface Step {
        String actionId();

        Instant at();

        Action action();
    }

    public record ProposeSafetyAction(
            @TargetAggregateIdentifier String actionId,
            String planId,
            String incidentId,
            String providerOds,
            String framework,
            String commissionerOds,
            String description,
            String ownerOds,
            String ownerRole,
            LocalDate dueOn,
            String measureOfSuccess,
            Instant at) {}

    public record AgreeSafetyAction(@TargetAggregateIdentifier String actionId, String by, Instant at) implements Step {
        public Action action() {
            return Action.AGREE;
        }
    }

    public record StartSafetyAction(@TargetAggregateIdentifier String actionId, Instant at) implements Step {
        public Action action() {
            return Action.START;
        }
    }

    public record SubmitEvidence(@TargetAggregateIdentifier String actionId, String evidence, Instant at)
            implements Step {
        public Action action() {
            return Action.SUBMIT_EVIDENCE;
        }
    }

    public record VerifySafetyAction(@TargetAggregateIdentifier String actionId, String by, Instant at)
            implements Step {
        public Action action() {
            return Action.VERIFY;
        }
    }

    public record RejectEvidence(@TargetAggregateIdentifier String actionId, String reasons, String by, Instant at)
            implements Step {
        public Action action() {
            return Action.REJECT_EVIDENCE;
        }
    }

    public record EscalateSafetyAction(
            @TargetAggregateIdentifier String actionId, String forum, String reason, String by, Instant at)
            implements Step {
        public Action action() {
            return Action.ESCALATE;
        }
    }
}
