package uk.nhs.patientsafety.candour.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The candour case's internal events, as stored in the event store (DOMAIN §6.2). Only {@code integration/outbound}
 * turns some of them into published events, with ids, codes and dates only. The relevant person appears only sealed
 * under their own data key ({@link RelevantPersonIdentified#sealedPerson}), so erasing them never rewrites this store.
 * Who acted travels as metadata ({@code actor}, {@code actorOrg}, {@code requestId}).
 */
public final class CandourEvents {

    private CandourEvents() {}

    public sealed interface CandourEvent {
        CaseKey key();
    }

    /**
     * The case for one patient of an incident was opened on the incident's report: the day it happened, when it was
     * reported to the provider's systems (the contractual target counts from it), whether it is a never event, and the
     * provider's type on the incident date (null when the reference data does not know it).
     */
    @Revision("1")
    public record CaseOpened(
            CaseKey key, LocalDate incidentDate, Instant incidentReportedAt, boolean neverEvent, String providerType)
            implements CandourEvent {}

    /**
     * A provisional screen of the patient's harm (LFPSE grades as published: none, low, moderate, severe, fatal; null
     * when not recorded): {@code screenedHarm} is the harm it judged by (the most relevant one when uncertain,
     * {@code uncertain} true), under {@code ruleset} for the provider's {@code providerType} on the incident date.
     */
    @Revision("1")
    public record CaseScreened(
            CaseKey key,
            String trigger,
            String physicalHarm,
            String psychologicalHarm,
            String screenedHarm,
            boolean uncertain,
            String providerType,
            String ruleset,
            boolean assessmentRequired)
            implements CandourEvent {}

    /** The screen says a healthcare professional must assess the duty; the notification target runs from now. */
    @Revision("1")
    public record CandourAssessmentRequired(
            CaseKey key,
            String trigger,
            String screenedHarm,
            String ruleset,
            Instant incidentReportedAt,
            LocalDate notificationDueOn)
            implements CandourEvent {}

    /**
     * The candour lead's assessment: the ruleset for the provider's type on the incident date, the three CQC tests
     * and the harm threshold met ({@code harmCategory}, null when none; {@code potential} for a 20(8) harm the
     * incident could result in), the rationale, and whether the duty applies (with the reason when it does not).
     */
    @Revision("1")
    public record CandourAssessed(
            CaseKey key,
            String providerType,
            String ruleset,
            boolean unintendedOrUnexpected,
            boolean duringRegulatedActivity,
            String harmCategory,
            boolean potential,
            String rationale,
            boolean applicable,
            String notApplicableReason,
            String screenedHarmAtAssessment)
            implements CandourEvent {}

    /**
     * The relevant person: the patient, or the person acting lawfully for them on {@code basis} (died,
     * under_16_not_competent, lacks_capacity). {@code personRef} is their vault reference, {@code sealedPerson} their
     * name, relationship and contact details sealed under their own key.
     */
    @Revision("1")
    public record RelevantPersonIdentified(CaseKey key, String basis, String personRef, String sealedPerson)
            implements CandourEvent {}

    /** An attempt to reach the relevant person (reg 20(5) record of attempts); {@code note} stays inside. */
    @Revision("1")
    public record ContactAttempted(
            CaseKey key, int attempt, Instant attemptedAt, String method, boolean successful, String note)
            implements CandourEvent {}

    /**
     * The notification in person (reg 20(3)): by whom, when, where, the true account, the further enquiries, the
     * support offered and the apology; measured against the contractual target.
     */
    @Revision("1")
    public record VerbalNotificationGiven(
            CaseKey key,
            String givenBy,
            Instant givenAt,
            String place,
            String account,
            String furtherEnquiries,
            String supportOffered,
            String apology,
            LocalDate notifiedOn,
            LocalDate dueOn,
            boolean withinTarget)
            implements CandourEvent {}

    /**
     * The relevant person declined to speak or could not be contacted: reg 20(2)-(4) no longer apply and the
     * statutory steps close, the record of {@code attempts} kept (reg 20(5)). {@code exemption}: declined,
     * cannot_be_contacted.
     */
    @Revision("1")
    public record StatutoryStepsClosed(CaseKey key, String exemption, int attempts, String reason)
            implements CandourEvent {}

    /**
     * The written notification (20(4)) drafted from the recorded facts, or as the lead edited it: {@code version}
     * counts the drafts; the text is sealed under the case's own vault key ({@code personRef}), like the person.
     */
    @Revision("1")
    public record WrittenNotificationDrafted(
            CaseKey key, String documentId, int version, boolean edited, String personRef, String sealedText, int chars)
            implements CandourEvent {}

    /**
     * The lead marked a draft as sent: when, how ({@code post}, {@code email}, {@code by_hand}) and, when a signed copy
     * was uploaded, that copy sealed under the case's key (20(6): copies of correspondence are kept).
     */
    @Revision("1")
    public record WrittenNotificationSent(
            CaseKey key,
            String documentId,
            java.time.LocalDate sentOn,
            String method,
            boolean withinTarget,
            String copyId,
            String copyContentType,
            String sealedCopy,
            int copyBytes)
            implements CandourEvent {}

    /** The relevant person was told how the enquiries are progressing; {@code summary} stays inside. */
    @Revision("1")
    public record CandourUpdateProvided(CaseKey key, LocalDate providedOn, String method, String summary)
            implements CandourEvent {}

    /**
     * The incident's investigation or learning response concluded ({@code how}: {@code serious_incident_closed},
     * {@code findings_agreed}, {@code learning_response_closed}): its findings may now be shared.
     */
    @Revision("1")
    public record IncidentResponseConcluded(CaseKey key, String how) implements CandourEvent {}

    @Revision("1")
    public record CandourFindingsShared(CaseKey key, LocalDate sharedOn, String method, String summary)
            implements CandourEvent {}

    @Revision("1")
    public record CandourCompleted(CaseKey key) implements CandourEvent {}

    // ---- family involvement (SIs and PSIIs; seed 000, DOMAIN §2.4) --------------------------------------------------

    /** The incident became a serious incident or a PSII: the family is involved in its investigation. */
    @Revision("1")
    public record FamilyInvolvementRequired(CaseKey key, String responseType) implements CandourEvent {}

    /**
     * A meeting with the family, held away from the site of the incident, with whether the investigation's purpose
     * and process were explained orally and in writing; {@code notes} stay inside.
     */
    @Revision("1")
    public record FamilyMeetingHeld(
            CaseKey key,
            int meeting,
            LocalDate heldOn,
            String place,
            boolean purposeExplainedOrally,
            boolean purposeExplainedInWriting,
            String notes)
            implements CandourEvent {}

    /** A question or concern the family raised; answered later by {@link FamilyConcernAnswered}. */
    @Revision("1")
    public record FamilyConcernRaised(CaseKey key, int concern, LocalDate raisedOn, String text)
            implements CandourEvent {}

    @Revision("1")
    public record FamilyConcernAnswered(CaseKey key, int concern, LocalDate answeredOn, String answer)
            implements CandourEvent {}

    /** The terms of reference, the draft or the final report shared with the family, as agreed with them or not. */
    @Revision("1")
    public record InvestigationDocumentShared(CaseKey key, String document, LocalDate sharedOn, boolean asAgreed)
            implements CandourEvent {}

    // ---- clocks --------------------------------------------------------------------------------------------------

    @Revision("1")
    public record CandourDeadlineSet(
            CaseKey key, String step, LocalDate dueOn, Instant dueAt, String approachingId, String breachId)
            implements CandourEvent {}

    @Revision("1")
    public record CandourDeadlineMet(CaseKey key, String step) implements CandourEvent {}

    /** The step no longer needs doing (the duty does not apply, or reg 20(5) closed it). */
    @Revision("1")
    public record CandourDeadlineStopped(CaseKey key, String step) implements CandourEvent {}

    @Revision("1")
    public record CandourDeadlineApproaching(CaseKey key, String step, Instant dueAt) implements CandourEvent {}

    /** The contractual target passed with the step not done: the lead commissioner is told. */
    @Revision("1")
    public record CandourOverdue(CaseKey key, String step, Instant dueAt) implements CandourEvent {}
}
