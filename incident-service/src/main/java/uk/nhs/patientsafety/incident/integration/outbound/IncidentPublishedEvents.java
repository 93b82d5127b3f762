package uk.nhs.patientsafety.incident.integration.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.eventhandling.EventMessage;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.incident.*;
import uk.nhs.patientsafety.eventsourcing.outbox.OutboundEventMapper;
import uk.nhs.patientsafety.incident.reference.HarmCodes;
import uk.nhs.patientsafety.incident.write.incident.IncidentEvents;
import uk.nhs.patientsafety.incident.write.incident.IncidentEvents.PatientRecord;
import uk.nhs.patientsafety.incident.write.incident.IncidentKey;

/**
 * What the rest of the platform hears about incidents (topic {@code incident.events.v1}): ids, codes, dates and
 * pseudonymous patient references — never free text or patient identities. Internal bookkeeping (deadline set, met,
 * suspended; further information requested, which assurance itself published) stays inside.
 */
@ApplicationScoped
public class IncidentPublishedEvents implements OutboundEventMapper {

    @Override
    public List<ContractEvent> toContractEvents(EventMessage<?> message) {
        if (!(message.getPayload() instanceof IncidentEvents.IncidentEvent event)) {
            return List.of();
        }
        IncidentKey k = event.key();
        String id = k.incidentId();
        String ods = k.providerOds();
        String fw = k.framework();
        Instant at = message.getTimestamp();
        return switch (event) {
            case IncidentEvents.IncidentReported e -> List.of(new IncidentReported(
                    id,
                    ods,
                    fw,
                    at,
                    e.kind(),
                    e.content().occurredOn(),
                    e.reportedAt(),
                    worstPhysical(e.content().patients()),
                    worstPsychological(e.content().patients()),
                    e.content().neverEventType(),
                    e.content().patients().stream().map(PatientRecord::ref).toList(),
                    e.providerReference(),
                    e.revision()));
            case IncidentEvents.IncidentUpdated e -> List.of(new IncidentUpdated(id, ods, fw, at, e.revision()));
            case IncidentEvents.HarmRegraded e -> List.of(new HarmRegraded(
                    id,
                    ods,
                    fw,
                    at,
                    e.physicalHarm() == null ? null : HarmCodes.physical(e.physicalHarm()).code(),
                    e.psychologicalHarm() == null ? null : HarmCodes.psychological(e.psychologicalHarm()).code()));
            case IncidentEvents.OrganisationsInvolvedIdentified e -> e.organisations().stream()
                    .map(org -> (ContractEvent) new OrganisationInvolved(id, ods, fw, at, org, org.equals(e.coordinating())))
                    .toList();
            case IncidentEvents.SeriousIncidentDeclared e -> List.of(
                    new SeriousIncidentDeclared(id, ods, fw, at, e.identifiedAt()));
            case IncidentEvents.SeriousIncidentLoggedOnSteis e -> List.of(
                    new SeriousIncidentLoggedOnSteis(id, ods, fw, at, e.logNumber()));
            case IncidentEvents.InitialReviewSubmitted e -> List.of(new InitialReviewSubmitted(id, ods, fw, at));
            case IncidentEvents.DowngradeRequested e -> List.of(new DowngradeRequested(id, ods, fw, at));
            case IncidentEvents.DowngradeAgreed e -> List.of(new DowngradeAgreed(id, ods, fw, at, e.agreedByOds()));
            case IncidentEvents.DowngradeRefused e -> List.of(new DowngradeRefused(id, ods, fw, at, e.refusedByOds()));
            case IncidentEvents.InvestigationLevelSet e -> List.of(
                    new InvestigationLevelSet(id, ods, fw, at, e.level(), e.reportDue()));
            case IncidentEvents.InvestigationClockStopped e -> List.of(
                    new InvestigationClockStopped(id, ods, fw, at, e.reasonCode()));
            case IncidentEvents.InvestigationClockRestarted e -> List.of(
                    new InvestigationClockRestarted(id, ods, fw, at, e.reportDue()));
            case IncidentEvents.InvestigationExtensionAgreed e -> List.of(
                    new InvestigationExtensionAgreed(id, ods, fw, at, e.reportDue()));
            case IncidentEvents.InvestigationReportSubmitted e -> List.of(
                    new InvestigationReportSubmitted(id, ods, fw, at));
            case IncidentEvents.SeriousIncidentClosed e -> List.of(new SeriousIncidentClosed(id, ods, fw, at));
            case IncidentEvents.SeriousIncidentReopened e -> List.of(new SeriousIncidentReopened(id, ods, fw, at));
            case IncidentEvents.LearningResponseChosen e -> List.of(
                    new LearningResponseChosen(id, ods, fw, at, e.responseType(), e.externalBody()));
            case IncidentEvents.LearningResponseTimeframeAgreed e -> List.of(
                    new LearningResponseTimeframeAgreed(id, ods, fw, at, e.targetDate()));
            case IncidentEvents.FindingsAgreed e -> List.of(new FindingsAgreed(id, ods, fw, at));
            case IncidentEvents.SafetyActionsAgreed e -> List.of(new SafetyActionsAgreed(id, ods, fw, at));
            case IncidentEvents.LearningResponseClosed e -> List.of(new LearningResponseClosed(id, ods, fw, at));
            case IncidentEvents.DeadlineApproaching e -> List.of(
                    new DeadlineApproaching(id, ods, fw, at, e.deadlineType(), e.dueAt()));
            case IncidentEvents.DeadlineBreached e -> List.of(
                    new DeadlineBreached(id, ods, fw, at, e.deadlineType(), e.dueAt()));
            case IncidentEvents.FurtherInformationRequested e -> List.of();
            case IncidentEvents.DeadlineSet e -> List.of();
            case IncidentEvents.DeadlineMet e -> List.of();
            case IncidentEvents.DeadlineSuspended e -> List.of();
        };
    }

    private String worstPhysical(List<PatientRecord> patients) {
        return patients.stream()
                .map(PatientRecord::physicalHarm)
                .filter(Objects::nonNull)
                .map(HarmCodes::physical)
                .max(java.util.Comparator.naturalOrder())
                .map(HarmCodes.Harm::code)
                .orElse(null);
    }

    private String worstPsychological(List<PatientRecord> patients) {
        return patients.stream()
                .map(PatientRecord::psychologicalHarm)
                .filter(Objects::nonNull)
                .map(HarmCodes::psychological)
                .max(java.util.Comparator.naturalOrder())
                .map(HarmCodes.Harm::code)
                .orElse(null);
    }
}
