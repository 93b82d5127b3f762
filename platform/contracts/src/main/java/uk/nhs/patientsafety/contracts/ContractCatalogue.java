package uk.nhs.patientsafety.contracts;

import java.util.List;
import java.util.Optional;
import uk.nhs.patientsafety.contracts.assurance.AssuranceCaseOpened;
import uk.nhs.patientsafety.contracts.assurance.AssuranceReviewStarted;
import uk.nhs.patientsafety.contracts.assurance.ClosureAgreed;
import uk.nhs.patientsafety.contracts.assurance.ClosureRefused;
import uk.nhs.patientsafety.contracts.assurance.EscalatedToQualityForum;
import uk.nhs.patientsafety.contracts.assurance.FurtherInformationRequested;
import uk.nhs.patientsafety.contracts.assurance.ReportResubmitted;
import uk.nhs.patientsafety.contracts.assurance.SafetyActionAgreed;
import uk.nhs.patientsafety.contracts.assurance.SafetyActionEvidenceSubmitted;
import uk.nhs.patientsafety.contracts.assurance.SafetyActionOverdue;
import uk.nhs.patientsafety.contracts.assurance.SafetyActionVerified;
import uk.nhs.patientsafety.contracts.assurance.ThemeIdentified;
import uk.nhs.patientsafety.contracts.candour.CandourAssessed;
import uk.nhs.patientsafety.contracts.candour.CandourAssessmentRequired;
import uk.nhs.patientsafety.contracts.candour.CandourCompleted;
import uk.nhs.patientsafety.contracts.candour.CandourContactAttempted;
import uk.nhs.patientsafety.contracts.candour.CandourDeclinedByRelevantPerson;
import uk.nhs.patientsafety.contracts.candour.CandourFindingsShared;
import uk.nhs.patientsafety.contracts.candour.CandourOverdue;
import uk.nhs.patientsafety.contracts.candour.CandourUpdateProvided;
import uk.nhs.patientsafety.contracts.candour.CandourVerbalNotificationGiven;
import uk.nhs.patientsafety.contracts.candour.CandourWrittenNotificationSent;
import uk.nhs.patientsafety.contracts.candour.FamilyMeetingHeld;
import uk.nhs.patientsafety.contracts.candour.RelevantPersonIdentified;
import uk.nhs.patientsafety.contracts.escalation.EscalationAcknowledged;
import uk.nhs.patientsafety.contracts.escalation.EscalationClosed;
import uk.nhs.patientsafety.contracts.escalation.EscalationFeedbackAcknowledged;
import uk.nhs.patientsafety.contracts.escalation.EscalationLevelChanged;
import uk.nhs.patientsafety.contracts.escalation.EscalationOverdue;
import uk.nhs.patientsafety.contracts.escalation.EscalationRaised;
import uk.nhs.patientsafety.contracts.escalation.EscalationResponseIssued;
import uk.nhs.patientsafety.contracts.incident.DeadlineApproaching;
import uk.nhs.patientsafety.contracts.incident.DeadlineBreached;
import uk.nhs.patientsafety.contracts.incident.DowngradeAgreed;
import uk.nhs.patientsafety.contracts.incident.DowngradeRefused;
import uk.nhs.patientsafety.contracts.incident.DowngradeRequested;
import uk.nhs.patientsafety.contracts.incident.FindingsAgreed;
import uk.nhs.patientsafety.contracts.incident.HarmRegraded;
import uk.nhs.patientsafety.contracts.incident.IncidentReported;
import uk.nhs.patientsafety.contracts.incident.IncidentUpdated;
import uk.nhs.patientsafety.contracts.incident.InitialReviewSubmitted;
import uk.nhs.patientsafety.contracts.incident.InvestigationClockRestarted;
import uk.nhs.patientsafety.contracts.incident.InvestigationClockStopRefused;
import uk.nhs.patientsafety.contracts.incident.InvestigationClockStopRequested;
import uk.nhs.patientsafety.contracts.incident.InvestigationClockStopped;
import uk.nhs.patientsafety.contracts.incident.InvestigationExtensionAgreed;
import uk.nhs.patientsafety.contracts.incident.InvestigationLevelSet;
import uk.nhs.patientsafety.contracts.incident.InvestigationReportSubmitted;
import uk.nhs.patientsafety.contracts.incident.LearningResponseChosen;
import uk.nhs.patientsafety.contracts.incident.LearningResponseClosed;
import uk.nhs.patientsafety.contracts.incident.LearningResponseTimeframeAgreed;
import uk.nhs.patientsafety.contracts.incident.OrganisationInvolved;
import uk.nhs.patientsafety.contracts.incident.SafetyActionsAgreed;
import uk.nhs.patientsafety.contracts.incident.SeriousIncidentClosed;
import uk.nhs.patientsafety.contracts.incident.SeriousIncidentDeclared;
import uk.nhs.patientsafety.contracts.incident.SeriousIncidentLoggedOnSteis;
import uk.nhs.patientsafety.contracts.incident.SeriousIncidentReopened;
import uk.nhs.patientsafety.contracts.notification.NotificationDelivered;
import uk.nhs.patientsafety.contracts.notification.ObligationRaised;
import uk.nhs.patientsafety.contracts.summit.FollowUpSummitScheduled;
import uk.nhs.patientsafety.contracts.summit.QualityConcernRaised;
import uk.nhs.patientsafety.contracts.summit.QualityConcernScreened;
import uk.nhs.patientsafety.contracts.summit.RiskSummitActionAssigned;
import uk.nhs.patientsafety.contracts.summit.RiskSummitActionOverdue;
import uk.nhs.patientsafety.contracts.summit.RiskSummitConcluded;
import uk.nhs.patientsafety.contracts.summit.RiskSummitConvened;
import uk.nhs.patientsafety.contracts.summit.RiskSummitHeld;
import uk.nhs.patientsafety.contracts.summit.RiskSummitOutcomeRecorded;
import uk.nhs.patientsafety.contracts.summit.RiskSummitRequested;

/** Every published event: its payload record, {@code ce_type}, topic and JSON Schema. */
public final class ContractCatalogue {

    /** One published event. The schema is at {@code schemas/<context>/<EventName>.v<N>.json}. */
    public record Entry(Class<? extends ContractEvent> payload, String type, String topic) {

        public String schemaPath() {
            return "schemas/" + resourceName();
        }

        public String examplePath() {
            return "examples/" + resourceName();
        }

        private String resourceName() {
            String[] parts = type.split("\\.");
            return parts[0] + "/" + parts[1] + "." + parts[2] + ".json";
        }
    }

    private static final List<Entry> ENTRIES = List.of(
            entry(IncidentReported.class, IncidentReported.TYPE, Topics.INCIDENT_EVENTS),
            entry(IncidentUpdated.class, IncidentUpdated.TYPE, Topics.INCIDENT_EVENTS),
            entry(HarmRegraded.class, HarmRegraded.TYPE, Topics.INCIDENT_EVENTS),
            entry(OrganisationInvolved.class, OrganisationInvolved.TYPE, Topics.INCIDENT_EVENTS),
            entry(SeriousIncidentDeclared.class, SeriousIncidentDeclared.TYPE, Topics.INCIDENT_EVENTS),
            entry(SeriousIncidentLoggedOnSteis.class, SeriousIncidentLoggedOnSteis.TYPE, Topics.INCIDENT_EVENTS),
            entry(InitialReviewSubmitted.class, InitialReviewSubmitted.TYPE, Topics.INCIDENT_EVENTS),
            entry(DowngradeRequested.class, DowngradeRequested.TYPE, Topics.INCIDENT_EVENTS),
            entry(DowngradeAgreed.class, DowngradeAgreed.TYPE, Topics.INCIDENT_EVENTS),
            entry(DowngradeRefused.class, DowngradeRefused.TYPE, Topics.INCIDENT_EVENTS),
            entry(InvestigationLevelSet.class, InvestigationLevelSet.TYPE, Topics.INCIDENT_EVENTS),
            entry(InvestigationClockStopRequested.class, InvestigationClockStopRequested.TYPE, Topics.INCIDENT_EVENTS),
            entry(InvestigationClockStopRefused.class, InvestigationClockStopRefused.TYPE, Topics.INCIDENT_EVENTS),
            entry(InvestigationClockStopped.class, InvestigationClockStopped.TYPE, Topics.INCIDENT_EVENTS),
            entry(InvestigationClockRestarted.class, InvestigationClockRestarted.TYPE, Topics.INCIDENT_EVENTS),
            entry(InvestigationExtensionAgreed.class, InvestigationExtensionAgreed.TYPE, Topics.INCIDENT_EVENTS),
            entry(InvestigationReportSubmitted.class, InvestigationReportSubmitted.TYPE, Topics.INCIDENT_EVENTS),
            entry(SeriousIncidentClosed.class, SeriousIncidentClosed.TYPE, Topics.INCIDENT_EVENTS),
            entry(SeriousIncidentReopened.class, SeriousIncidentReopened.TYPE, Topics.INCIDENT_EVENTS),
            entry(LearningResponseChosen.class, LearningResponseChosen.TYPE, Topics.INCIDENT_EVENTS),
            entry(LearningResponseTimeframeAgreed.class, LearningResponseTimeframeAgreed.TYPE, Topics.INCIDENT_EVENTS),
            entry(FindingsAgreed.class, FindingsAgreed.TYPE, Topics.INCIDENT_EVENTS),
            entry(SafetyActionsAgreed.class, SafetyActionsAgreed.TYPE, Topics.INCIDENT_EVENTS),
            entry(LearningResponseClosed.class, LearningResponseClosed.TYPE, Topics.INCIDENT_EVENTS),
            entry(DeadlineApproaching.class, DeadlineApproaching.TYPE, Topics.INCIDENT_EVENTS),
            entry(DeadlineBreached.class, DeadlineBreached.TYPE, Topics.INCIDENT_EVENTS),
            // assurance-service
            entry(AssuranceCaseOpened.class, AssuranceCaseOpened.TYPE, Topics.ASSURANCE_EVENTS),
            entry(AssuranceReviewStarted.class, AssuranceReviewStarted.TYPE, Topics.ASSURANCE_EVENTS),
            entry(FurtherInformationRequested.class, FurtherInformationRequested.TYPE, Topics.ASSURANCE_EVENTS),
            entry(ReportResubmitted.class, ReportResubmitted.TYPE, Topics.ASSURANCE_EVENTS),
            entry(ClosureAgreed.class, ClosureAgreed.TYPE, Topics.ASSURANCE_EVENTS),
            entry(ClosureRefused.class, ClosureRefused.TYPE, Topics.ASSURANCE_EVENTS),
            entry(EscalatedToQualityForum.class, EscalatedToQualityForum.TYPE, Topics.ASSURANCE_EVENTS),
            entry(
                    uk.nhs.patientsafety.contracts.assurance.DeadlineApproaching.class,
                    uk.nhs.patientsafety.contracts.assurance.DeadlineApproaching.TYPE,
                    Topics.ASSURANCE_EVENTS),
            entry(
                    uk.nhs.patientsafety.contracts.assurance.DeadlineBreached.class,
                    uk.nhs.patientsafety.contracts.assurance.DeadlineBreached.TYPE,
                    Topics.ASSURANCE_EVENTS),
            entry(SafetyActionAgreed.class, SafetyActionAgreed.TYPE, Topics.ASSURANCE_EVENTS),
            entry(SafetyActionEvidenceSubmitted.class, SafetyActionEvidenceSubmitted.TYPE, Topics.ASSURANCE_EVENTS),
            entry(SafetyActionVerified.class, SafetyActionVerified.TYPE, Topics.ASSURANCE_EVENTS),
            entry(SafetyActionOverdue.class, SafetyActionOverdue.TYPE, Topics.ASSURANCE_EVENTS),
            entry(ThemeIdentified.class, ThemeIdentified.TYPE, Topics.ASSURANCE_EVENTS),
            entry(RiskSummitConvened.class, RiskSummitConvened.TYPE, Topics.SUMMIT_EVENTS),
            entry(EscalationRaised.class, EscalationRaised.TYPE, Topics.ESCALATION_EVENTS),
            entry(EscalationLevelChanged.class, EscalationLevelChanged.TYPE, Topics.ESCALATION_EVENTS),
            entry(EscalationClosed.class, EscalationClosed.TYPE, Topics.ESCALATION_EVENTS),
            entry(EscalationOverdue.class, EscalationOverdue.TYPE, Topics.ESCALATION_EVENTS),
            entry(EscalationFeedbackAcknowledged.class, EscalationFeedbackAcknowledged.TYPE, Topics.ESCALATION_EVENTS),
            entry(EscalationResponseIssued.class, EscalationResponseIssued.TYPE, Topics.ESCALATION_EVENTS),
            entry(EscalationAcknowledged.class, EscalationAcknowledged.TYPE, Topics.ESCALATION_EVENTS),
            entry(RiskSummitConcluded.class, RiskSummitConcluded.TYPE, Topics.SUMMIT_EVENTS),
            entry(FollowUpSummitScheduled.class, FollowUpSummitScheduled.TYPE, Topics.SUMMIT_EVENTS),
            entry(RiskSummitActionOverdue.class, RiskSummitActionOverdue.TYPE, Topics.SUMMIT_EVENTS),
            entry(RiskSummitActionAssigned.class, RiskSummitActionAssigned.TYPE, Topics.SUMMIT_EVENTS),
            entry(RiskSummitOutcomeRecorded.class, RiskSummitOutcomeRecorded.TYPE, Topics.SUMMIT_EVENTS),
            entry(RiskSummitHeld.class, RiskSummitHeld.TYPE, Topics.SUMMIT_EVENTS),
            entry(RiskSummitRequested.class, RiskSummitRequested.TYPE, Topics.SUMMIT_EVENTS),
            entry(QualityConcernScreened.class, QualityConcernScreened.TYPE, Topics.SUMMIT_EVENTS),
            entry(QualityConcernRaised.class, QualityConcernRaised.TYPE, Topics.SUMMIT_EVENTS),
            entry(CandourAssessed.class, CandourAssessed.TYPE, Topics.CANDOUR_EVENTS),
            entry(CandourOverdue.class, CandourOverdue.TYPE, Topics.CANDOUR_EVENTS),
            entry(FamilyMeetingHeld.class, FamilyMeetingHeld.TYPE, Topics.CANDOUR_EVENTS),
            entry(CandourCompleted.class, CandourCompleted.TYPE, Topics.CANDOUR_EVENTS),
            entry(CandourFindingsShared.class, CandourFindingsShared.TYPE, Topics.CANDOUR_EVENTS),
            entry(CandourUpdateProvided.class, CandourUpdateProvided.TYPE, Topics.CANDOUR_EVENTS),
            entry(CandourWrittenNotificationSent.class, CandourWrittenNotificationSent.TYPE, Topics.CANDOUR_EVENTS),
            entry(CandourDeclinedByRelevantPerson.class, CandourDeclinedByRelevantPerson.TYPE, Topics.CANDOUR_EVENTS),
            entry(CandourContactAttempted.class, CandourContactAttempted.TYPE, Topics.CANDOUR_EVENTS),
            entry(CandourVerbalNotificationGiven.class, CandourVerbalNotificationGiven.TYPE, Topics.CANDOUR_EVENTS),
            entry(RelevantPersonIdentified.class, RelevantPersonIdentified.TYPE, Topics.CANDOUR_EVENTS),
            entry(CandourAssessmentRequired.class, CandourAssessmentRequired.TYPE, Topics.CANDOUR_EVENTS),
            entry(ObligationRaised.class, ObligationRaised.TYPE, Topics.NOTIFICATION_EVENTS),
            entry(NotificationDelivered.class, NotificationDelivered.TYPE, Topics.NOTIFICATION_EVENTS));

    private ContractCatalogue() {}

    public static List<Entry> entries() {
        return ENTRIES;
    }

    public static Optional<Entry> byType(String type) {
        return ENTRIES.stream().filter(e -> e.type().equals(type)).findFirst();
    }

    private static Entry entry(Class<? extends ContractEvent> payload, String type, String topic) {
        return new Entry(payload, type, topic);
    }
}
