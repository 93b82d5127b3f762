package uk.nhs.patientsafety.contracts;

import java.util.List;
import java.util.Optional;
import uk.nhs.patientsafety.contracts.assurance.ClosureAgreed;
import uk.nhs.patientsafety.contracts.assurance.FurtherInformationRequested;
import uk.nhs.patientsafety.contracts.candour.CandourAssessed;
import uk.nhs.patientsafety.contracts.candour.CandourOverdue;
import uk.nhs.patientsafety.contracts.escalation.EscalationLevelChanged;
import uk.nhs.patientsafety.contracts.escalation.EscalationRaised;
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
import uk.nhs.patientsafety.contracts.summit.RiskSummitConvened;

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
            entry(IncidentReported.class, IncidentReported.TYPE, IncidentReported.TOPIC),
            entry(IncidentUpdated.class, IncidentUpdated.TYPE, IncidentUpdated.TOPIC),
            entry(HarmRegraded.class, HarmRegraded.TYPE, HarmRegraded.TOPIC),
            entry(OrganisationInvolved.class, OrganisationInvolved.TYPE, OrganisationInvolved.TOPIC),
            entry(SeriousIncidentDeclared.class, SeriousIncidentDeclared.TYPE, SeriousIncidentDeclared.TOPIC),
            entry(
                    SeriousIncidentLoggedOnSteis.class,
                    SeriousIncidentLoggedOnSteis.TYPE,
                    SeriousIncidentLoggedOnSteis.TOPIC),
            entry(InitialReviewSubmitted.class, InitialReviewSubmitted.TYPE, InitialReviewSubmitted.TOPIC),
            entry(DowngradeRequested.class, DowngradeRequested.TYPE, DowngradeRequested.TOPIC),
            entry(DowngradeAgreed.class, DowngradeAgreed.TYPE, DowngradeAgreed.TOPIC),
            entry(DowngradeRefused.class, DowngradeRefused.TYPE, DowngradeRefused.TOPIC),
            entry(InvestigationLevelSet.class, InvestigationLevelSet.TYPE, InvestigationLevelSet.TOPIC),
            entry(InvestigationClockStopped.class, InvestigationClockStopped.TYPE, InvestigationClockStopped.TOPIC),
            entry(
                    InvestigationClockRestarted.class,
                    InvestigationClockRestarted.TYPE,
                    InvestigationClockRestarted.TOPIC),
            entry(
                    InvestigationExtensionAgreed.class,
                    InvestigationExtensionAgreed.TYPE,
                    InvestigationExtensionAgreed.TOPIC),
            entry(
                    InvestigationReportSubmitted.class,
                    InvestigationReportSubmitted.TYPE,
                    InvestigationReportSubmitted.TOPIC),
            entry(SeriousIncidentClosed.class, SeriousIncidentClosed.TYPE, SeriousIncidentClosed.TOPIC),
            entry(SeriousIncidentReopened.class, SeriousIncidentReopened.TYPE, SeriousIncidentReopened.TOPIC),
            entry(LearningResponseChosen.class, LearningResponseChosen.TYPE, LearningResponseChosen.TOPIC),
            entry(
                    LearningResponseTimeframeAgreed.class,
                    LearningResponseTimeframeAgreed.TYPE,
                    LearningResponseTimeframeAgreed.TOPIC),
            entry(FindingsAgreed.class, FindingsAgreed.TYPE, FindingsAgreed.TOPIC),
            entry(SafetyActionsAgreed.class, SafetyActionsAgreed.TYPE, SafetyActionsAgreed.TOPIC),
            entry(LearningResponseClosed.class, LearningResponseClosed.TYPE, LearningResponseClosed.TOPIC),
            entry(DeadlineApproaching.class, DeadlineApproaching.TYPE, DeadlineApproaching.TOPIC),
            entry(DeadlineBreached.class, DeadlineBreached.TYPE, DeadlineBreached.TOPIC),
            entry(ClosureAgreed.class, ClosureAgreed.TYPE, ClosureAgreed.TOPIC),
            entry(
                    FurtherInformationRequested.class,
                    FurtherInformationRequested.TYPE,
                    FurtherInformationRequested.TOPIC),
            entry(RiskSummitConvened.class, RiskSummitConvened.TYPE, RiskSummitConvened.TOPIC),
            entry(EscalationRaised.class, EscalationRaised.TYPE, EscalationRaised.TOPIC),
            entry(EscalationLevelChanged.class, EscalationLevelChanged.TYPE, EscalationLevelChanged.TOPIC),
            entry(CandourAssessed.class, CandourAssessed.TYPE, CandourAssessed.TOPIC),
            entry(CandourOverdue.class, CandourOverdue.TYPE, CandourOverdue.TOPIC),
            entry(ObligationRaised.class, ObligationRaised.TYPE, ObligationRaised.TOPIC),
            entry(NotificationDelivered.class, NotificationDelivered.TYPE, NotificationDelivered.TOPIC));

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
