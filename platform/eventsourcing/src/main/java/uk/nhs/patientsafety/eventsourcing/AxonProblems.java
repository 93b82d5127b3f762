package uk.nhs.patientsafety.eventsourcing;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemMappers;

/**
 * Axon's refusals as problem+json, for every service: a command for an aggregate that does not exist is 404; one that
 * lost a race with another command on the same aggregate is 409 {@code concurrent-change}. A lower precedence than a
 * service's own mappers, so a service may still word them itself.
 */
public class AxonProblems {

    private static final int PRECEDENCE = Priorities.USER + 100;

    @ServerExceptionMapper(priority = PRECEDENCE)
    public Response concurrent(ConcurrencyException e, UriInfo uri) {
        return Problem.typed(
                        "concurrent-change",
                        409,
                        "Changed concurrently",
                        "The resource changed while this request was handled; read it again and retry.")
                .at(ProblemMappers.path(uri))
                .toResponse();
    }

    @ServerExceptionMapper(priority = PRECEDENCE)
    public Response notFound(AggregateNotFoundException e, UriInfo uri) {
        return Problem.of(Response.Status.NOT_FOUND, "No such resource.")
                .at(ProblemMappers.path(uri))
                .toResponse();
    }
}
