package uk.nhs.patientsafety.assurance.automation.caseactions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.modelling.command.AggregateNotFoundException;
import uk.nhs.patientsafety.assurance.events.ActionEvents.SafetyActionProposed;
import uk.nhs.patientsafety.assurance.events.ActionEvents.SafetyActionVerified;
import uk.nhs.patientsafety.assurance.write.assurancecase.CaseCommands;
import uk.nhs.patientsafety.assurance.write.assurancecase.CaseCommands.NoteActionCompleted;
import uk.nhs.patientsafety.assurance.write.assurancecase.CaseCommands.NoteActionOpened;

/**
 * A serious incident's assurance case knows which of its safety actions are still open, so that closure with open
 * actions needs monitoring agreed: a proposed action is open until it is verified complete. PSIRF actions have no
 * case (sharing agreements are not built yet).
 */
@ApplicationScoped
@ProcessingGroup("assurance.case-actions")
public class WhenSafetyActionChangesThenNoteOnCase {

    static final String SIF = "SIF2015";

    /** Looked up when used: Axon's configuration builds this bean, so it cannot wait for the gateway. */
    @Inject
    Instance<CommandGateway> commands;

    @EventHandler
    void on(SafetyActionProposed event, @Timestamp java.time.Instant at) {
        if (SIF.equals(event.key().framework())) {
            note(new NoteActionOpened(
                    CaseCommands.caseIdFor(event.key().incidentId()),
                    event.key().actionId(),
                    at));
        }
    }

    @EventHandler
    void on(SafetyActionVerified event, @Timestamp java.time.Instant at) {
        if (SIF.equals(event.key().framework())) {
            note(new NoteActionCompleted(
                    CaseCommands.caseIdFor(event.key().incidentId()),
                    event.key().actionId(),
                    at));
        }
    }

    private void note(Object command) {
        try {
            commands.get().sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            // A SIF plan is accepted only once the report opened the case; nothing to note otherwise.
        }
    }
}
