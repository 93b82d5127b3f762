package uk.nhs.patientsafety.incident.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The incident aggregate's internal events, as stored in the event store (DOMAIN §3.6). Only
 * {@code integration/outbound} turns some of them into published events; none is ever sent as is. Each carries the
 * {@link IncidentKey}; who caused it and why travel as metadata ({@code actor}, {@code actorOrg}, {@code requestId}).
 * Patient identities appear only sealed ({@link PatientRecord}), so erasing a patient never rewrites this store.
 */
public final class IncidentEvents {

    private IncidentEvents() {}

    /** Every incident event names its incident, provider and framework. */
    public sealed interface IncidentEvent {
        IncidentKey key();
    }

    /** Capture: what the provider reported, and newer revisions of it. */
    @Revision("1")
    public record IncidentReported(
            IncidentKey key,
            String kind,
            String providerReference,
            int revision,
            IncidentContent content,
            Instant reportedAt)
            implements IncidentEvent {}

    /**
     * A newer revision of the report. {@code changedCodes} names the coded fields it changed (e.g.
     * {@code neverEventType}, {@code patients[1].physicalHarm}), never free text; {@code reason} is the provider's
     * reason, required when the revision lowers harm or removes a never-event code of a serious incident or PSII.
     * Both are null in events stored before 2026-12-01.
     */
    @Revision("1")
    public record IncidentUpdated(
            IncidentKey key, int revision, IncidentContent content, List<String> changedCodes, String reason)
            implements IncidentEvent {}

    /**
     * One patient's harm was regraded; {@code worstHarm} is the incident's worst harm over all its patients after it
     * (null in events stored before 2026-12-01), so one patient's lower grade never reads as the incident improving.
     */
    @Revision("1")
    public record HarmRegraded(
            IncidentKey key,
            String patientRef,
            String physicalHarm,
            String psychologicalHarm,
            String reason,
            String worstHarm)
            implements IncidentEvent {}

    @Revision("1")
    public record OrganisationsInvolvedIdentified(IncidentKey key, List<String> organisations, String coordinating)
            implements IncidentEvent {}

    /** SIF 2015. */
    /**
     * The incident is a serious incident: its SIF clocks run from {@code identifiedAt}, and level 1 and 2 reports are
     * due 60 working days after {@code declaredAt}, when it was reported to the commissioner (null in events stored
     * before 2026-12-01, which counted from identification); {@code category} its SIF 2015 category (DOMAIN §3.1).
     */
    @Revision("1")
    public record SeriousIncidentDeclared(
            IncidentKey key, Instant identifiedAt, RiskAssessment riskAssessment, Instant declaredAt, String category)
            implements IncidentEvent {}

    @Revision("1")
    public record SeriousIncidentLoggedOnSteis(IncidentKey key, String logNumber) implements IncidentEvent {}

    @Revision("1")
    public record InitialReviewSubmitted(IncidentKey key) implements IncidentEvent {}

    @Revision("1")
    public record DowngradeRequested(IncidentKey key, String rationale) implements IncidentEvent {}

    @Revision("1")
    public record DowngradeAgreed(IncidentKey key, String agreedByOds) implements IncidentEvent {}

    @Revision("1")
    public record DowngradeRefused(IncidentKey key, String refusedByOds, String reason) implements IncidentEvent {}

    @Revision("1")
    public record InvestigationLevelSet(IncidentKey key, String level, LocalDate reportDue) implements IncidentEvent {}

    /** The provider asks to stop the investigation clock (DOMAIN §3.2); it runs on until the commissioner agrees. */
    @Revision("1")
    public record InvestigationClockStopRequested(
            IncidentKey key, String reasonCode, String note, LocalDate requestedOn) implements IncidentEvent {}

    /** The lead commissioner agreed the stop; its review date has its own deadline. Null agreement fields: legacy. */
    @Revision("1")
    public record InvestigationClockStopped(
            IncidentKey key,
            String reasonCode,
            String note,
            LocalDate stoppedOn,
            String agreedByOds,
            LocalDate reviewOn)
            implements IncidentEvent {}

    @Revision("1")
    public record InvestigationClockStopRefused(IncidentKey key, String refusedByOds, String reason)
            implements IncidentEvent {}

    /** Level 3: the lead commissioner records when the independent investigation was commissioned (DOMAIN §3.2). */
    @Revision("1")
    public record IndependentInvestigationCommissioned(
            IncidentKey key, LocalDate commissionedOn, LocalDate reportDue, String commissionedByOds)
            implements IncidentEvent {}

    @Revision("1")
    public record InvestigationClockRestarted(IncidentKey key, LocalDate restartedOn, LocalDate reportDue)
            implements IncidentEvent {}

    @Revision("1")
    public record InvestigationExtensionAgreed(IncidentKey key, LocalDate reportDue, String agreedByOds, String reason)
            implements IncidentEvent {}

    @Revision("1")
    public record InvestigationReportSubmitted(IncidentKey key) implements IncidentEvent {}

    /** The commissioner wants more before closure: the investigation continues. */
    @Revision("1")
    public record FurtherInformationRequested(IncidentKey key, String requestedByOds) implements IncidentEvent {}

    @Revision("1")
    public record SeriousIncidentClosed(IncidentKey key, String closedByOds) implements IncidentEvent {}

    @Revision("1")
    public record SeriousIncidentReopened(IncidentKey key, String reason) implements IncidentEvent {}

    /** PSIRF 2022. */
    @Revision("1")
    public record LearningResponseChosen(IncidentKey key, String responseType, String externalBody)
            implements IncidentEvent {}

    @Revision("1")
    public record LearningResponseTimeframeAgreed(IncidentKey key, LocalDate targetDate) implements IncidentEvent {}

    @Revision("1")
    public record FindingsAgreed(IncidentKey key) implements IncidentEvent {}

    @Revision("1")
    public record SafetyActionsAgreed(IncidentKey key) implements IncidentEvent {}

    @Revision("1")
    public record LearningResponseClosed(IncidentKey key) implements IncidentEvent {}

    /** Clocks: a deadline was set (or moved), met, reached its warning point, or passed unmet. */
    @Revision("1")
    public record DeadlineSet(
            IncidentKey key, String deadlineType, LocalDate dueOn, Instant dueAt, String approachingId, String breachId)
            implements IncidentEvent {}

    @Revision("1")
    public record DeadlineMet(IncidentKey key, String deadlineType) implements IncidentEvent {}

    /** The clock stopped or the response ended: the deadline no longer runs. */
    @Revision("1")
    public record DeadlineSuspended(IncidentKey key, String deadlineType) implements IncidentEvent {}

    @Revision("1")
    public record DeadlineApproaching(IncidentKey key, String deadlineType, Instant dueAt) implements IncidentEvent {}

    @Revision("1")
    public record DeadlineBreached(IncidentKey key, String deadlineType, Instant dueAt) implements IncidentEvent {}

    /** The reported facts that a newer revision may change. Free text stays inside this service. */
    public record IncidentContent(
            LocalDate occurredOn,
            Instant identifiedAt,
            String description,
            String immediateActions,
            boolean nearMiss,
            String neverEventType,
            List<PatientRecord> patients,
            String outcomeType,
            String riskTheme,
            String riskImminent,
            String goodCare,
            String nationalRequirement) {}

    /**
     * One patient: a pseudonymous reference, their identity sealed with their own data key (see
     * {@code patients.PatientVault}), an age band and their LFPSE harm codes.
     */
    public record PatientRecord(
            String ref, String sealedIdentity, String ageBand, String physicalHarm, String psychologicalHarm) {}

    /**
     * Why a near miss is a serious incident: how likely it is to recur and how much harm a recurrence could cause
     * (DOMAIN §3.1, near miss).
     */
    public record RiskAssessment(String likelihoodOfRecurrence, String potentialHarm) {}
}
