package uk.nhs.patientsafety.assurance.write.assurancecase;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.nhs.patientsafety.assurance.events.CaseEvents.ChecklistAnswer;
import uk.nhs.patientsafety.assurance.events.CaseEvents.PanelMember;

/**
 * Commands to the assurance case. Each carries {@code at}, the moment it was asked, so the aggregate never reads a
 * clock; {@code by} is the acting commissioner's ODS code.
 */
public final class CaseCommands {

    private CaseCommands() {}

    /** One case per serious incident: its id follows from the incident's, so every report of it finds the case. */
    public static String caseIdFor(String incidentId) {
        return UUID.nameUUIDFromBytes(
                        ("assurance-case:" + incidentId).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    public sealed interface LifecycleCommand {
        String caseId();

        Instant at();

        Action action();
    }

    /**
     * The provider's investigation report reached the lead commissioner {@code commissionerOds} at
     * {@code receivedAt}: it opens the case, or is a resubmission when the case exists.
     */
    public record ReceiveReport(
            @TargetAggregateIdentifier String caseId,
            String incidentId,
            String providerOds,
            String framework,
            String commissionerOds,
            Instant receivedAt,
            Instant at) {}

    public record StartReview(@TargetAggregateIdentifier String caseId, String by, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.START_REVIEW;
        }
    }

    public record RecordReview(
            @TargetAggregateIdentifier String caseId,
            String method,
            List<PanelMember> panel,
            List<ChecklistAnswer> checklist,
            String comments,
            String by,
            Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.RECORD_REVIEW;
        }
    }

    public record RequestFurtherInformation(
            @TargetAggregateIdentifier String caseId, String request, String by, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.REQUEST_FURTHER_INFORMATION;
        }
    }

    public record AgreeClosure(
            @TargetAggregateIdentifier String caseId,
            boolean monitoringAgreed,
            String monitoringArrangement,
            String comments,
            String by,
            Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.AGREE_CLOSURE;
        }
    }

    public record RefuseClosure(
            @TargetAggregateIdentifier String caseId, List<String> reasonCodes, String comments, String by, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.REFUSE_CLOSURE;
        }
    }

    public record EscalateToQualityForum(
            @TargetAggregateIdentifier String caseId, String forum, String reason, String by, Instant at)
            implements LifecycleCommand {
        public Action action() {
            return Action.ESCALATE_TO_QUALITY_FORUM;
        }
    }

    /** From the action plan: a safety action of the case's incident is open, or was verified complete. */
    public record NoteActionOpened(@TargetAggregateIdentifier String caseId, String actionId, Instant at) {}

    public record NoteActionCompleted(@TargetAggregateIdentifier String caseId, String actionId, Instant at) {}
}
