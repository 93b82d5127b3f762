package uk.nhs.patientsafety.incident.integration.outbound;

import jakarta.enterprise.context.ApplicationScoped;
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
        if (event instanceof IncidentEvents.IncidentUpdated e) {
            return List.of(new IncidentUpdated(id, ods, fw, at, e.revision()));
        }
        if (event instanceof IncidentEvents.InitialReviewSubmitted e) {
            return List.of(new InitialReviewSubmitted(id, ods, fw, at));
        }
        if (event instanceof IncidentEvents.DowngradeRequested e) {
            return List.of(new DowngradeRequested(id, ods, fw, at));
        }
        if (event instanceof IncidentEvents.DowngradeAgreed e) {
            return List.of(new DowngradeAgreed(id, ods, fw, at, e.agreedByOds()));
        }
        if (event instanceof IncidentEvents.DowngradeRefused e) {
            return List.of(new DowngradeRefused(id, ods, fw, at, e.refusedByOds()));
        }
        if (event instanceof IncidentEvents.SeriousIncidentClosed e) {
            return List.of(new SeriousIncidentClosed(id, ods, fw, at));
        }
        if (event instanceof IncidentEvents.SeriousIncidentReopened e) {
            return List.of(new SeriousIncidentReopened(id, ods, fw, at));
        }
        if (event instanceof IncidentEvents.FindingsAgreed e) {
            return List.of(new FindingsAgreed(id, ods, fw, at));
        }
        if (event instanceof IncidentEvents.SafetyActionsAgreed e) {
            return List.of(new SafetyActionsAgreed(id, ods, fw, at));
        }
        if (event instanceof IncidentEvents.LearningResponseClosed e) {
            return List.of(new LearningResponseClosed(id, ods, fw, at));
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
