package uk.nhs.patientsafety.incident.write;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import uk.nhs.patientsafety.web.Caller;

/**
 * Sends commands to the incident aggregate on behalf of someone: who ({@code actor}, {@code actorOrg}) and for which
 * request travel as metadata onto every event the command causes, so the event stream is the audit trail.
 */
@ApplicationScoped
public class Commands {

    @Inject
    CommandGateway gateway;

    public <R> R send(Object command, Caller caller, String requestId) {
        return send(command, caller.subject(), caller.org(), requestId);
    }

    public <R> R send(Object command, String actor, String actorOrg, String requestId) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put("actor", actor);
        if (actorOrg != null) {
            metadata.put("actorOrg", actorOrg);
        }
        if (requestId != null) {
            metadata.put("requestId", requestId);
        }
        return gateway.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(metadata));
    }
}
