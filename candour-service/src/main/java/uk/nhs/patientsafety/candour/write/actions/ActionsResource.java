package uk.nhs.patientsafety.candour.write.actions;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.nhs.patientsafety.candour.access.CandourAccess;
import uk.nhs.patientsafety.candour.write.candourcase.Action;
import uk.nhs.patientsafety.candour.write.candourcase.CommandResult;
import uk.nhs.patientsafety.eventsourcing.commands.AuditedCommands;
import uk.nhs.patientsafety.eventsourcing.patients.PatientVault;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;

/**
 * {@code POST /candour/cases/{id}/actions/{action}}: the provider's candour lead moves a case along regulation 20.
 * An action the status does not allow is {@code 409} naming the allowed ones; a record regulation 20 refuses is
 * {@code 422} naming the missing element.
 */
@Path("/candour/cases/{id}/actions/{action}")
public class ActionsResource {

    @Inject
    AuditedCommands commands;

    @Inject
    CurrentCaller callers;

    @Inject
    CandourAccess access;

    @Inject
    PatientVault vault;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Take an action on a candour case",
            description = "Actions: assess, identify-relevant-person, record-contact-attempt, record-notification,"
                    + " record-declined, record-cannot-contact, draft-written-notification,"
                    + " mark-written-notification-sent, provide-update, share-findings, complete,"
                    + " record-family-meeting, record-family-concern, record-report-shared. Answers the case's new status, allowed actions and"
                    + " the notification target.")
    public CommandResult act(
            @PathParam("id") String id,
            @PathParam("action") String actionCode,
            @HeaderParam("X-Request-Id") String requestId,
            ActionRequest body) {
        Caller caller = callers.get();
        Action action = Action.fromCode(actionCode)
                .orElseThrow(() -> new ProblemException(
                        Problem.of(Response.Status.NOT_FOUND, "No such action: see the allowed actions of the case.")));
        access.authoriseAction(caller, action.code(), id);
        Object command = ActionCommands.build(id, action, body, clock.instant(), person -> {
            // Sealed under a key of the case's own: erasing it shreds the person wherever they were stored.
            PatientVault.SealedPatient sealed = vault.sealInRecord("candour:" + id, 0, person);
            return new ActionCommands.SealedPerson(sealed.ref(), sealed.sealedIdentity());
        });
        return commands.send(command, caller, requestId);
    }
}
