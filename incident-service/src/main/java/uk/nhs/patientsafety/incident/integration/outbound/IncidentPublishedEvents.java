package uk.nhs.patientsafety.incident.integration.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.eventhandling.EventMessage;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.incident.*;
import uk.nhs.patientsafety.eventsourcing.outbox.OutboundEventMapper;
import uk.nhs.patientsafety.incident.events.IncidentEvents;
import uk.nhs.patientsafety.incident.events.IncidentEvents.PatientRecord;
import uk.nhs.patientsafety.incident.events.IncidentKey;
import uk.nhs.patientsafety.incident.reference.HarmCodes;

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
        if (event instanceof IncidentEvents.IncidentReported e) {
            return List.of(new IncidentReported(
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
                    e.revision(),
                    e.content().nationalRequirement()));
        }
        if (event instanceof IncidentEvents.IncidentUpdated e) {
            return List.of(new IncidentUpdated(id, ods, fw, at, e.revision(), e.changedCodes()));
        }
        if (event instanceof IncidentEvents.HarmRegraded e) {
            return List.of(new HarmRegraded(
                    id,
                    ods,
                    fw,
                    at,
                    e.physicalHarm() == null
                            ? null
                            : HarmCodes.physical(e.physicalHarm()).code(),
                    e.psychologicalHarm() == null
                            ? null
                            : HarmCodes.psychological(e.psychologicalHarm()).code(),
                    e.patientRef(),
                    e.worstHarm()));
        }
        if (event instanceof IncidentEvents.OrganisationsInvolvedIdentified e) {
            // One event per organisation, so that each can be told.
            return e.organisations().stream()
                    .map(org -> (ContractEvent)
                            new OrganisationInvolved(id, ods, fw, at, org, org.equals(e.coordinating())))
                    .toList();
        }
        if (event instanceof IncidentEvents.SeriousIncidentDeclared e) {
            return List.of(new SeriousIncidentDeclared(id, ods, fw, at, e.identifiedAt(), e.category()));
        }
        if (event instanceof IncidentEvents.SeriousIncidentLoggedOnSteis e) {
            return List.of(new SeriousIncidentLoggedOnSteis(id, ods, fw, at, e.logNumber()));
        }
        if (event instanceof IncidentEvents.InitialReviewSubmitted) {
            return List.of(new InitialReviewSubmitted(id, ods, fw, at));
        }
        if (event instanceof IncidentEvents.DowngradeRequested) {
            return List.of(new DowngradeRequested(id, ods, fw, at));
        }
        if (event instanceof IncidentEvents.DowngradeAgreed e) {
            return List.of(new DowngradeAgreed(id, ods, fw, at, e.agreedByOds()));
        }
        if (event instanceof IncidentEvents.DowngradeRefused e) {
            return List.of(new DowngradeRefused(id, ods, fw, at, e.refusedByOds()));
        }
        if (event instanceof IncidentEvents.InvestigationLevelSet e) {
            // Level 3's report deadline is known only once commissioned: published then, below.
            return e.reportDue() == null
                    ? List.of()
                    : List.of(new InvestigationLevelSet(id, ods, fw, at, e.level(), e.reportDue(), null));
        }
        if (event instanceof IncidentEvents.IndependentInvestigationCommissioned e) {
            return List.of(new InvestigationLevelSet(id, ods, fw, at, "L3", e.reportDue(), e.commissionedOn()));
        }
        if (event instanceof IncidentEvents.InvestigationClockStopRequested e) {
            return List.of(new InvestigationClockStopRequested(id, ods, fw, at, e.reasonCode()));
        }
        if (event instanceof IncidentEvents.InvestigationClockStopRefused e) {
            return List.of(new InvestigationClockStopRefused(id, ods, fw, at, e.refusedByOds()));
        }
        if (event instanceof IncidentEvents.InvestigationClockStopped e) {
            return List.of(
                    new InvestigationClockStopped(id, ods, fw, at, e.reasonCode(), e.agreedByOds(), e.reviewOn()));
        }
        if (event instanceof IncidentEvents.InvestigationClockRestarted e) {
            return List.of(new InvestigationClockRestarted(id, ods, fw, at, e.reportDue()));
        }
        if (event instanceof IncidentEvents.InvestigationExtensionAgreed e) {
            return List.of(new InvestigationExtensionAgreed(id, ods, fw, at, e.reportDue()));
        }
        if (event instanceof IncidentEvents.InvestigationReportSubmitted) {
            return List.of(new InvestigationReportSubmitted(id, ods, fw, at));
        }
        if (event instanceof IncidentEvents.SeriousIncidentClosed) {
            return List.of(new SeriousIncidentClosed(id, ods, fw, at));
        }
        if (event instanceof IncidentEvents.SeriousIncidentReopened) {
            return List.of(new SeriousIncidentReopened(id, ods, fw, at));
        }
        if (event instanceof IncidentEvents.LearningResponseChosen e) {
            return List.of(new LearningResponseChosen(id, ods, fw, at, e.responseType(), e.externalBody()));
        }
        if (event instanceof IncidentEvents.LearningResponseTimeframeAgreed e) {
            return List.of(new LearningResponseTimeframeAgreed(id, ods, fw, at, e.targetDate()));
        }
        if (event instanceof IncidentEvents.FindingsAgreed) {
            return List.of(new FindingsAgreed(id, ods, fw, at));
        }
        if (event instanceof IncidentEvents.SafetyActionsAgreed) {
            return List.of(new SafetyActionsAgreed(id, ods, fw, at));
        }
        if (event instanceof IncidentEvents.LearningResponseClosed) {
            return List.of(new LearningResponseClosed(id, ods, fw, at));
        }
        if (event instanceof IncidentEvents.DeadlineApproaching e) {
            return List.of(new DeadlineApproaching(id, ods, fw, at, e.deadlineType(), e.dueAt()));
        }
        if (event instanceof IncidentEvents.DeadlineBreached e) {
            return List.of(new DeadlineBreached(id, ods, fw, at, e.deadlineType(), e.dueAt()));
        }
        // Deadline set, met or suspended, and further information requested, stay inside.
        return List.of();
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
