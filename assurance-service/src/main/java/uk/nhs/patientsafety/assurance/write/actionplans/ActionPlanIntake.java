package uk.nhs.patientsafety.assurance.write.actionplans;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.nhs.patientsafety.assurance.access.ActionAccess;
import uk.nhs.patientsafety.assurance.access.KnownIncidents;
import uk.nhs.patientsafety.assurance.events.ActionStatus;
import uk.nhs.patientsafety.assurance.write.safetyaction.Action;
import uk.nhs.patientsafety.assurance.write.safetyaction.ActionCommands.ProposeSafetyAction;
import uk.nhs.patientsafety.eventsourcing.commands.AuditedCommands;
import uk.nhs.patientsafety.eventsourcing.idempotency.IdempotentRequests;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.web.Caller;

/**
 * Records a provider's action plan: validated first, authorised for the incident's own provider, once per
 * {@code Idempotency-Key}; each action becomes a proposed safety action, its owner row written in the same
 * transaction.
 */
@ApplicationScoped
public class ActionPlanIntake {

    /** What the caller gets back, and a retry gets again. */
    public record Receipt(String id, String incidentId, List<ActionReceipt> actions) {}

    public record ActionReceipt(String id, String status, List<String> allowedActions) {}

    @Inject
    ActionAccess access;

    @Inject
    KnownIncidents known;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    AuditedCommands commands;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    public IdempotentRequests.Answer record(Caller caller, String idempotencyKey, String requestId, PlanRequest plan) {
        Instant now = clock.instant();
        PlanValidator.validate(plan, England.dateOf(now));
        KnownIncidents.Known incident = access.authorisePlan(caller, plan.incidentId());
        String commissioner = access.leadCommissionerOf(incident.providerOds()).orElse(caller.org());
        return idempotentRequests.once(
                incident.providerOds(), idempotencyKey, IdempotentRequests.hash(json, plan), () -> {
                    String planId = UUID.randomUUID().toString();
                    List<ActionReceipt> actions = new ArrayList<>();
                    for (PlanRequest.ActionRequest action : plan.actions()) {
                        String actionId = UUID.randomUUID().toString();
                        known.recordAction(actionId, incident.providerOds(), incident.framework());
                        commands.send(
                                new ProposeSafetyAction(
                                        actionId,
                                        planId,
                                        incident.incidentId(),
                                        incident.providerOds(),
                                        incident.framework(),
                                        commissioner,
                                        action.description(),
                                        action.ownerOds(),
                                        action.ownerRole(),
                                        action.dueOn(),
                                        action.measureOfSuccess(),
                                        now),
                                caller,
                                requestId);
                        actions.add(new ActionReceipt(
                                actionId, ActionStatus.PROPOSED.code(), Action.allowedFrom(ActionStatus.PROPOSED)));
                    }
                    return new IdempotentRequests.Answer(
                            201, planId, write(new Receipt(planId, incident.incidentId(), actions)));
                });
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
