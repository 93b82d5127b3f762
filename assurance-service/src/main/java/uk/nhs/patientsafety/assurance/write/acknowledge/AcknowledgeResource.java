package uk.nhs.patientsafety.assurance.write.acknowledge;

import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.nhs.patientsafety.assurance.access.AwarenessAccess;
import uk.nhs.patientsafety.assurance.write.awareness.AwarenessItem;
import uk.nhs.patientsafety.eventsourcing.commands.AuditedCommands;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;

/** {@code POST /assurance/awareness/{id}/actions/acknowledge}: a quality lead of the item's ICB has seen it. */
@Path("/assurance/awareness/{id}/actions/acknowledge")
public class AcknowledgeResource {

    @Inject
    AuditedCommands commands;

    @Inject
    CurrentCaller callers;

    @Inject
    AwarenessAccess access;

    @Inject
    Clock clock;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Acknowledge an awareness item (once; 409 if already acknowledged)")
    public AwarenessItem.Result acknowledge(@PathParam("id") String id, @HeaderParam("X-Request-Id") String requestId) {
        Caller caller = callers.get();
        access.authoriseAcknowledgement(caller, id);
        return commands.send(new AwarenessItem.Acknowledge(id, caller.org(), clock.instant()), caller, requestId);
    }
}
