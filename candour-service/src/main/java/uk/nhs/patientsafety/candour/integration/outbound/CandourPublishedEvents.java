package uk.nhs.patientsafety.candour.integration.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import uk.nhs.patientsafety.candour.events.CandourEvents;
import uk.nhs.patientsafety.candour.events.CaseKey;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.candour.*;
import uk.nhs.patientsafety.eventsourcing.outbox.OutboundEventMapper;

/**
 * What the rest of the platform hears about candour cases (topic {@code candour.events.v1}): ids, codes, dates and
 * counts — never the relevant person, the account, the apology, notes or letters. Opening, screens that change
 * nothing and the clock's bookkeeping stay inside; an overdue notification is published for the lead commissioner.
 */
@ApplicationScoped
public class CandourPublishedEvents implements OutboundEventMapper {

    @Override
    public List<ContractEvent> toContractEvents(EventMessage<?> message) {
        if (!(message.getPayload() instanceof CandourEvents.CandourEvent event)) {
            return List.of();
        }
        CaseKey k = event.key();
        String id = k.caseId();
        String incident = k.incidentId();
        String ods = k.providerOds();
        Instant at = message.getTimestamp();
        if (event instanceof CandourEvents.CandourAssessmentRequired e) {
            return List.of(new CandourAssessmentRequired(
                    id,
                    incident,
                    ods,
                    at,
                    k.patientRef(),
                    e.trigger(),
                    e.screenedHarm(),
                    e.ruleset(),
                    e.incidentReportedAt(),
                    e.notificationDueOn()));
        }
        if (event instanceof CandourEvents.CandourAssessed e) {
            return List.of(new CandourAssessed(
                    id, incident, ods, e.applicable(), at, e.ruleset(), e.harmCategory(), e.potential()));
        }
        if (event instanceof CandourEvents.RelevantPersonIdentified e) {
            return List.of(new RelevantPersonIdentified(id, incident, ods, at, e.basis()));
        }
        if (event instanceof CandourEvents.ContactAttempted e) {
            return List.of(new CandourContactAttempted(
                    id, incident, ods, at, e.attemptedAt(), e.method(), e.successful(), e.attempt()));
        }
        if (event instanceof CandourEvents.VerbalNotificationGiven e) {
            return List.of(new CandourVerbalNotificationGiven(
                    id, incident, ods, at, e.notifiedOn(), e.dueOn(), e.withinTarget()));
        }
        if (event instanceof CandourEvents.StatutoryStepsClosed e) {
            return List.of(new CandourDeclinedByRelevantPerson(id, incident, ods, at, e.exemption(), e.attempts()));
        }
        if (event instanceof CandourEvents.WrittenNotificationSent e) {
            return List.of(new CandourWrittenNotificationSent(
                    id, incident, ods, at, e.sentOn(), e.method(), e.withinTarget()));
        }
        if (event instanceof CandourEvents.CandourUpdateProvided e) {
            return List.of(new CandourUpdateProvided(id, incident, ods, at, e.providedOn(), e.method()));
        }
        if (event instanceof CandourEvents.CandourFindingsShared e) {
            return List.of(new CandourFindingsShared(id, incident, ods, at, e.sharedOn(), e.method()));
        }
        if (event instanceof CandourEvents.CandourCompleted) {
            return List.of(new CandourCompleted(id, incident, ods, at));
        }
        if (event instanceof CandourEvents.FamilyMeetingHeld e) {
            return List.of(new FamilyMeetingHeld(
                    id,
                    incident,
                    ods,
                    at,
                    e.meeting(),
                    e.heldOn(),
                    e.purposeExplainedOrally(),
                    e.purposeExplainedInWriting()));
        }
        if (event instanceof CandourEvents.CandourOverdue e) {
            return List.of(new CandourOverdue(id, incident, ods, e.step(), e.dueAt(), at));
        }
        return List.of();
    }
}
