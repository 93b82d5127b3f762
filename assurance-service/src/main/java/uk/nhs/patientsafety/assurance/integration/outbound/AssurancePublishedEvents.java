package uk.nhs.patientsafety.assurance.integration.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import uk.nhs.patientsafety.assurance.events.ActionEvents;
import uk.nhs.patientsafety.assurance.events.ActionKey;
import uk.nhs.patientsafety.assurance.events.CaseEvents;
import uk.nhs.patientsafety.assurance.events.CaseKey;
import uk.nhs.patientsafety.assurance.events.ThemeEvents;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.assurance.*;
import uk.nhs.patientsafety.eventsourcing.outbox.OutboundEventMapper;

/**
 * What the rest of the platform hears about assurance (topic {@code assurance.events.v1}): ids, codes and dates.
 * Review content (panel, checklist, comments, requests, reasons in words) stays inside. A decision names the
 * commissioner that took it, which incident-service checks is the provider's lead commissioner.
 */
@ApplicationScoped
public class AssurancePublishedEvents implements OutboundEventMapper {

    @Override
    public List<ContractEvent> toContractEvents(EventMessage<?> message) {
        if (message.getPayload() instanceof ThemeEvents.ThemeIdentified theme) {
            return List.of(new ThemeIdentified(
                    theme.themeId(),
                    theme.providerOds(),
                    theme.measure(),
                    theme.month(),
                    theme.signals(),
                    message.getTimestamp()));
        }
        if (message.getPayload() instanceof ActionEvents.ActionEvent action) {
            return actionEvents(action, message.getTimestamp());
        }
        if (!(message.getPayload() instanceof CaseEvents.CaseEvent event)) {
            return List.of();
        }
        CaseKey k = event.key();
        Instant at = message.getTimestamp();
        if (event instanceof CaseEvents.AssuranceCaseOpened e) {
            return List.of(new AssuranceCaseOpened(
                    k.caseId(),
                    k.incidentId(),
                    k.providerOds(),
                    k.commissionerOds(),
                    at,
                    k.framework(),
                    e.reviewDueOn()));
        }
        if (event instanceof CaseEvents.ReportResubmitted e) {
            return List.of(new ReportResubmitted(
                    k.caseId(),
                    k.incidentId(),
                    k.providerOds(),
                    k.commissionerOds(),
                    at,
                    e.submission(),
                    e.reviewDueOn()));
        }
        if (event instanceof CaseEvents.DeadlineApproaching e) {
            return List.of(new DeadlineApproaching(
                    k.caseId(), k.incidentId(), k.providerOds(), k.commissionerOds(), at, e.deadlineType(), e.dueAt()));
        }
        if (event instanceof CaseEvents.DeadlineBreached e) {
            return List.of(new DeadlineBreached(
                    k.caseId(), k.incidentId(), k.providerOds(), k.commissionerOds(), at, e.deadlineType(), e.dueAt()));
        }
        if (event instanceof CaseEvents.AssuranceReviewStarted e) {
            return List.of(new AssuranceReviewStarted(k.caseId(), k.incidentId(), k.providerOds(), e.by(), at));
        }
        if (event instanceof CaseEvents.FurtherInformationRequested e) {
            return List.of(new FurtherInformationRequested(k.caseId(), k.incidentId(), k.providerOds(), e.by(), at));
        }
        if (event instanceof CaseEvents.ClosureAgreed e) {
            return List.of(new ClosureAgreed(k.caseId(), k.incidentId(), k.providerOds(), e.by(), at));
        }
        if (event instanceof CaseEvents.ClosureRefused e) {
            return List.of(
                    new ClosureRefused(k.caseId(), k.incidentId(), k.providerOds(), e.by(), at, e.reasonCodes()));
        }
        if (event instanceof CaseEvents.EscalatedToQualityForum e) {
            return List.of(
                    new EscalatedToQualityForum(k.caseId(), k.incidentId(), k.providerOds(), e.by(), at, e.forum()));
        }
        // Review recorded, actions noted on the case, deadline set, met or suspended stay inside.
        return List.of();
    }

    /** Safety actions: agreed (owner organisation and due date), evidence submitted, verified, overdue. */
    private List<ContractEvent> actionEvents(ActionEvents.ActionEvent event, Instant at) {
        ActionKey k = event.key();
        if (event instanceof ActionEvents.SafetyActionAgreed e) {
            return List.of(new SafetyActionAgreed(
                    k.actionId(),
                    k.planId(),
                    k.incidentId(),
                    k.providerOds(),
                    k.framework(),
                    at,
                    e.ownerOds(),
                    e.dueOn(),
                    e.by()));
        }
        if (event instanceof ActionEvents.SafetyActionEvidenceSubmitted) {
            return List.of(new SafetyActionEvidenceSubmitted(
                    k.actionId(), k.planId(), k.incidentId(), k.providerOds(), k.framework(), at));
        }
        if (event instanceof ActionEvents.SafetyActionVerified e) {
            return List.of(new SafetyActionVerified(
                    k.actionId(), k.planId(), k.incidentId(), k.providerOds(), k.framework(), at, e.by()));
        }
        if (event instanceof ActionEvents.SafetyActionOverdue e) {
            return List.of(new SafetyActionOverdue(
                    k.actionId(), k.planId(), k.incidentId(), k.providerOds(), k.framework(), at, e.dueOn()));
        }
        // Proposed, started, evidence rejected, escalated and the clock's own events stay inside.
        return List.of();
    }
}
