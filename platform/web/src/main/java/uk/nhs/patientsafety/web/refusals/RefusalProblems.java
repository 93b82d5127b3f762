package uk.nhs.patientsafety.web.refusals;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemMappers;

/** Every context's aggregate refusals as problem+json: 409 for a transition, 422 for a rule, once for all. */
public class RefusalProblems {

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransition e, UriInfo uri) {
        return Problem.typed("illegal-transition", 409, "Action not allowed now", e.getMessage())
                .with("currentStatus", e.currentStatus())
                .with("allowedActions", e.allowedActions())
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
