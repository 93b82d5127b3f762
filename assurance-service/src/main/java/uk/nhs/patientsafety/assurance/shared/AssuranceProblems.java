package uk.nhs.patientsafety.assurance.shared;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.nhs.patientsafety.assurance.write.assurancecase.IllegalTransition;
import uk.nhs.patientsafety.assurance.write.assurancecase.RuleViolation;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemMappers;

/**
 * The aggregates' refusals as problem+json: 409 naming the status and allowed actions, 422 naming the field. Axon's
 * own (not found, changed concurrently) are the platform's {@code AxonProblems}.
 */
public class AssuranceProblems {

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransition e, UriInfo uri) {
        return Problem.typed("illegal-transition", 409, "Action not allowed now", e.getMessage())
                .with("currentStatus", e.current().code())
                .with("allowedActions", e.allowedActions())
                .at(ProblemMappers.path(uri))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response illegalStep(uk.nhs.patientsafety.assurance.write.safetyaction.IllegalTransition e, UriInfo uri) {
        return Problem.typed("illegal-transition", 409, "Action not allowed now", e.getMessage())
                .with("currentStatus", e.currentStatus())
                .with("allowedActions", e.allowedActions())
                .at(ProblemMappers.path(uri))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response actionRuleViolation(
            uk.nhs.patientsafety.assurance.write.safetyaction.RuleViolation e, UriInfo uri) {
        return Problem.typed("rule-violation", 422, "Refused by a domain rule", e.getMessage())
                .withErrors(List.of(new Problem.FieldError(e.field(), e.getMessage())))
                .at(ProblemMappers.path(uri))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response alreadyAcknowledged(
            uk.nhs.patientsafety.assurance.write.awareness.AwarenessItem.AlreadyAcknowledged e, UriInfo uri) {
        return Problem.typed("already-acknowledged", 409, "Already acknowledged", e.getMessage())
                .at(ProblemMappers.path(uri))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation e, UriInfo uri) {
        return Problem.typed("rule-violation", 422, "Refused by a domain rule", e.getMessage())
                .withErrors(List.of(new Problem.FieldError(e.field(), e.getMessage())))
                .at(ProblemMappers.path(uri))
                .toResponse();
    }
}
