package uk.nhs.patientsafety.incident.shared;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.nhs.patientsafety.incident.write.incident.IllegalTransition;
import uk.nhs.patientsafety.incident.write.incident.RuleViolation;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemMappers;

/** The aggregate's refusals as problem+json: 409 naming the status and allowed actions, 422 naming the field. */
public class IncidentProblems {

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
        return Problem.typed("rule-violation", 422, "Refused by a domain rule", e.getMessage())
                .withErrors(List.of(new Problem.FieldError(e.field(), e.getMessage())))
                .at(ProblemMappers.path(uri))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response concurrent(ConcurrencyException e, UriInfo uri) {
        return Problem.typed(
                        "concurrent-change",
                        409,
                        "Changed concurrently",
                        "The incident changed while this request was handled; read it again and retry.")
                .at(ProblemMappers.path(uri))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(AggregateNotFoundException e, UriInfo uri) {
        return Problem.of(Response.Status.NOT_FOUND, "No such incident.")
                .at(ProblemMappers.path(uri))
                .toResponse();
    }
}
