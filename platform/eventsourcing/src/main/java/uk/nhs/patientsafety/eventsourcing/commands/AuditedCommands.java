package uk.nhs.patientsafety.eventsourcing.commands;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import uk.nhs.patientsafety.eventsourcing.AxonRuntime;
import uk.nhs.patientsafety.web.Caller;

/**
 * Sends commands on behalf of someone: who ({@link AxonRuntime#ACTOR}, {@link AxonRuntime#ACTOR_ORG}) and for which
 * request ({@link AxonRuntime#REQUEST_ID}) travel as metadata onto every event the command causes, so the event
 * stream is the audit trail. Services send every command through this, never through the bare gateway.
 */
@ApplicationScoped
public class AuditedCommands {

    @Inject
    CommandGateway gateway;

    /** For a person calling over REST: the token's subject and organisation. */
    public <R> R send(Object command, Caller caller, String requestId) {
        return send(command, caller.subject(), caller.org(), requestId);
    }

    /** For a system actor, e.g. {@code assurance-service} acting on a consumed event (its CloudEvents id). */
    public <R> R send(Object command, String actor, String actorOrg, String requestId) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(AxonRuntime.ACTOR, actor);
        if (actorOrg != null) {
            metadata.put(AxonRuntime.ACTOR_ORG, actorOrg);
        }
        if (requestId != null) {
            metadata.put(AxonRuntime.REQUEST_ID, requestId);
        }
        return gateway.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(metadata));
    }
}
