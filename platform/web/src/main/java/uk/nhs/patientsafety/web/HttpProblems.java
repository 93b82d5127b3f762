package uk.nhs.patientsafety.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problem+json for what never reaches a JAX-RS resource: requests refused by the HTTP security policy (no token,
 * a bad token, a forbidden path) and paths that no route serves.
 */
@ApplicationScoped
public class HttpProblems {

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void install(@Observes Router router) {
        // With proactive authentication, Quarkus fails the request with the security exception after setting the
        // challenge (status 401, WWW-Authenticate), so a failure handler can give the body.
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> refused(ctx, ctx.failure()));
        // A body announced larger than the limit is refused before it is read, and as problem+json: the body
        // readers' own refusal has no body.
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null
                    && maxBodySize.isPresent()
                    && length.matches("[0-9]{1,18}")
                    && Long.parseLong(length) > maxBodySize.get().asLongValue()) {
                ctx.response().putHeader("Connection", "close");
                write(
                        ctx,
                        Problem.of(
                                Response.Status.REQUEST_ENTITY_TOO_LARGE,
                                "The request body is larger than this service accepts ("
                                        + maxBodySize.get().asLongValue() + " bytes)."));
            } else {
                ctx.next();
            }
        });
        router.route()
                .order(Integer.MAX_VALUE)
                .handler(ctx -> write(
                        ctx, Problem.of(Response.Status.NOT_FOUND, "No resource at " + ctx.normalizedPath() + ".")));
    }

    private void refused(RoutingContext ctx, Throwable failure) {
        if (failure instanceof ForbiddenException) {
            write(ctx, Problem.of(Response.Status.FORBIDDEN, "Your role or organisation does not allow this."));
        } else if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            unauthenticated(ctx);
        } else if (ctx.statusCode() == 413) {
            write(
                    ctx,
                    Problem.of(
                            Response.Status.REQUEST_ENTITY_TOO_LARGE,
                            "The request body is larger than this service accepts."));
        } else {
            ctx.next();
        }
    }

    /**
     * For Vert.x routes, which REST's default roles do not cover: the caller's identity, or empty after answering
     * 401 because there is none.
     */
    public Optional<SecurityIdentity> authenticated(RoutingContext ctx) {
        SecurityIdentity identity = ctx.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (identity == null || identity.isAnonymous()) {
            unauthenticated(ctx);
            return Optional.empty();
        }
        return Optional.of(identity);
    }

    private void unauthenticated(RoutingContext ctx) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        write(ctx, Problem.of(Response.Status.UNAUTHORIZED, "A valid bearer token is required."));
    }

    /** Answers a Vert.x route's request with {@code problem}, unless it was answered already. */
    public void write(RoutingContext ctx, Problem problem) {
        if (ctx.response().ended()) {
            return;
        }
        ctx.response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(json(problem.at(URI.create(ctx.request().uri()))));
    }

    public String json(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written as JSON", e);
        }
    }
}
