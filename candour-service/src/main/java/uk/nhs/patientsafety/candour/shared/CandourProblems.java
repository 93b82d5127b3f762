package uk.nhs.patientsafety.candour.shared;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.nhs.patientsafety.candour.write.candourcase.IllegalTransition;
import uk.nhs.patientsafety.candour.write.candourcase.RuleViolation;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemMappers;

/** The aggregate's refusals as problem+json: 409 naming the status and allowed actions, 422 naming the element. */
public class CandourProblems {

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransition e, UriInfo uri) {
        return Problem.typed("illegal-transition", 409, "Action not allowed now", e.getMessage())
                .with("currentStatus", e.current().code())
                .with("allowedActions", e.allowedActions())
                .at(ProblemMappers.path(uri))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation e, UriInfo uri) {
        return Problem.typed("rule-violation", 422, "Refused by regulation 20", e.getMessage())
                .withErrors(List.of(new Problem.FieldError(e.field(), e.getMessage())))
                .at(ProblemMappers.path(uri))
                .toResponse();
    }
}
