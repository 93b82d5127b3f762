package uk.nhs.patientsafety.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves as RFC 9457 problem+json: clear for client mistakes, opaque (with a correlation id that is in
 * our logs) for our own faults. No stack trace ever reaches a caller.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return e.problem().at(path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of(Response.Status.BAD_REQUEST, "The request has invalid fields.")
                .withErrors(errors)
                .at(path(uri))
                .toResponse();
    }

    /** Named types too, so that ours outrank the mappers REST brings for them. */
    @ServerExceptionMapper({
        JsonProcessingException.class,
        JsonParseException.class,
        JsonMappingException.class,
        MismatchedInputException.class,
        InvalidFormatException.class
    })
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        Problem problem =
                Problem.of(Response.Status.BAD_REQUEST, "The request body is not valid JSON for this resource.");
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            problem = problem.withErrors(List.of(new Problem.FieldError(field, "has the wrong type or format")));
        }
        return problem.at(path(uri)).toResponse();
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Response problem = Problem.of(Response.Status.UNAUTHORIZED, "A valid bearer token is required.")
                .at(path(uri))
                .toResponse();
        return Response.fromResponse(problem)
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problem.of(Response.Status.FORBIDDEN, "Your role or organisation does not allow this.")
                .at(path(uri))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return internal(e, uri);
        }
        return Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage())
                .at(path(uri))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response internal(Throwable e, UriInfo uri) {
        String correlationId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled error %s on %s", correlationId, uri.getPath());
        return Problem.of(
                        Response.Status.INTERNAL_SERVER_ERROR,
                        "An internal error occurred; quote " + correlationId + ".")
                .with("correlationId", correlationId)
                .at(path(uri))
                .toResponse();
    }

    /** The request's own path: behind the gateway, the service's host and port mean nothing to the caller. */
    public static URI path(UriInfo uri) {
        return URI.create(uri.getRequestUri().getRawPath());
    }

    /** "report.request.patients[0].nhsNumber" becomes "patients[0].nhsNumber": callers know fields, not methods. */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
