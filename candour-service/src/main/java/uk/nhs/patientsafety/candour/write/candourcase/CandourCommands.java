package uk.nhs.patientsafety.candour.write.candourcase;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What may be asked of a candour case. Every command carries {@code at}, the instant it is taken. */
public final class CandourCommands {

    private CandourCommands() {}

    /** A command a candour lead takes on a case, guarded by the {@link Action} table. */
    public sealed interface CaseAction {
        String caseId();

        Action action();
    }

    /**
     * Screens one patient of an incident, opening their case on first sight: {@code trigger} is {@code reported} or
     * {@code harm_regraded}; {@code providerType} the provider's type on the incident date (null when not known),
     * used when the case is opened.
     */
    public record ScreenCase(
            @TargetAggregateIdentifier String caseId,
            String incidentId,
            String providerOds,
            String patientRef,
            String trigger,
            String physicalHarm,
            String psychologicalHarm,
            String providerType,
            LocalDate incidentDate,
            Instant incidentReportedAt,
            boolean neverEvent,
            Instant at) {}

    public record Assess(
            @TargetAggregateIdentifier String caseId,
            Boolean unintendedOrUnexpected,
            Boolean duringRegulatedActivity,
            String harmCategory,
            Boolean potential,
            String rationale,
            String notApplicableReason,
            Instant at)
            implements CaseAction {
        public Action action() {
            return Action.ASSESS;
        }
    }

    public record IdentifyRelevantPerson(
            @TargetAggregateIdentifier String caseId, String basis, String personRef, String sealedPerson, Instant at)
            implements CaseAction {
        public Action action() {
            return Action.IDENTIFY_RELEVANT_PERSON;
        }
    }

    public record RecordContactAttempt(
            @TargetAggregateIdentifier String caseId,
            Instant attemptedAt,
            String method,
            Boolean successful,
            String note,
            Instant at)
            implements CaseAction {
        public Action action() {
            return Action.RECORD_CONTACT_ATTEMPT;
        }
    }

    public record RecordNotification(
            @TargetAggregateIdentifier String caseId,
            String givenBy,
            Instant givenAt,
            String place,
            Boolean inPerson,
            String account,
            String furtherEnquiries,
            String supportOffered,
            String apology,
            Instant at)
            implements CaseAction {
        public Action action() {
            return Action.RECORD_NOTIFICATION;
        }
    }

    public record RecordDeclined(@TargetAggregateIdentifier String caseId, String reason, Instant at)
            implements CaseAction {
        public Action action() {
            return Action.RECORD_DECLINED;
        }
    }

    public record RecordCannotContact(@TargetAggregateIdentifier String caseId, String reason, Instant at)
            implements CaseAction {
        public Action action() {
            return Action.RECORD_CANNOT_CONTACT;
        }
    }

    /** Drafts the written notification from the recorded facts, or from {@code text} as the lead edited it. */
    public record DraftWrittenNotification(
            @TargetAggregateIdentifier String caseId, String enquiryResults, String text, Instant at)
            implements CaseAction {
        public Action action() {
            return Action.DRAFT_WRITTEN_NOTIFICATION;
        }
    }

    /** A signed copy of what was sent, already checked for type and size. */
    public record Copy(String contentType, byte[] content) {}

    public record MarkWrittenNotificationSent(
            @TargetAggregateIdentifier String caseId,
            String documentId,
            LocalDate sentOn,
            String method,
            Copy copy,
            Instant at)
            implements CaseAction {
        public Action action() {
            return Action.MARK_WRITTEN_NOTIFICATION_SENT;
        }
    }

    public record ProvideUpdate(
            @TargetAggregateIdentifier String caseId, LocalDate providedOn, String method, String summary, Instant at)
            implements CaseAction {
        public Action action() {
            return Action.PROVIDE_UPDATE;
        }
    }

    public record ShareFindings(
            @TargetAggregateIdentifier String caseId, LocalDate sharedOn, String method, String summary, Instant at)
            implements CaseAction {
        public Action action() {
            return Action.SHARE_FINDINGS;
        }
    }

    public record Complete(@TargetAggregateIdentifier String caseId, Instant at) implements CaseAction {
        public Action action() {
            return Action.COMPLETE;
        }
    }

    /** The incident's response concluded (from incident-service's events): no status guard, recorded once. */
    public record RecordResponseConcluded(@TargetAggregateIdentifier String caseId, String how, Instant at) {}

    public record RecordFamilyMeeting(
            @TargetAggregateIdentifier String caseId,
            LocalDate heldOn,
            String place,
            Boolean awayFromSite,
            Boolean purposeExplainedOrally,
            Boolean purposeExplainedInWriting,
            String notes,
            Instant at)
            implements CaseAction {
        public Action action() {
            return Action.RECORD_FAMILY_MEETING;
        }
    }

    /** Raises a concern, or answers concern number {@code concern} when it is given. */
    public record RecordFamilyConcern(
            @TargetAggregateIdentifier String caseId,
            Integer concern,
            LocalDate on,
            String text,
            String answer,
            Instant at)
            implements CaseAction {
        public Action action() {
            return Action.RECORD_FAMILY_CONCERN;
        }
    }

    /** {@code document}: terms_of_reference, draft_report, final_report. */
    public record RecordReportShared(
            @TargetAggregateIdentifier String caseId, String document, LocalDate sharedOn, Boolean asAgreed, Instant at)
            implements CaseAction {
        public Action action() {
            return Action.RECORD_REPORT_SHARED;
        }
    }

    /** The incident became an SI or a PSII (from incident-service's events). */
    public record RequireFamilyInvolvement(@TargetAggregateIdentifier String caseId, String responseType, Instant at) {}
}
