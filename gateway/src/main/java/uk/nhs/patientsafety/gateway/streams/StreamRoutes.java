package uk.nhs.patientsafety.gateway.streams;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.Predicate;
import uk.nhs.patientsafety.contracts.Topics;
import uk.nhs.patientsafety.web.HttpProblems;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.Roles;

/**
 * Server-Sent Events: {@code GET /api/streams/events} (every published event the caller may see) and
 * {@code GET /api/streams/escalations} (the escalation stream of the caller's region, for NHS England teams).
 * Resumable with {@code Last-Event-ID}; a comment line every heartbeat keeps proxies from closing idle streams.
 */
@ApplicationScoped
public class StreamRoutes {

    @Inject
    EventHub hub;

    @Inject
    HttpProblems problems;

    void routes(@Observes Router router) {
        router.get("/api/streams/events").handler(ctx -> problems.authenticated(ctx)
                .ifPresent(identity -> stream(ctx, identity, event -> true)));
        router.get("/api/streams/escalations").handler(ctx -> {
            SecurityIdentity identity = problems.authenticated(ctx).orElse(null);
            if (identity == null) {
                return;
            }
            if (!(identity.hasRole(Roles.NHSE_REGIONAL)
                    || identity.hasRole(Roles.NHSE_NATIONAL)
                    || identity.hasRole(Roles.PLATFORM_ADMIN))) {
                problems.write(
                        ctx,
                        Problem.of(
                                403,
                                "Forbidden",
                                "The escalation stream is for NHS England regional and national teams."));
                return;
            }
            stream(ctx, identity, event -> Topics.ESCALATION_EVENTS.equals(event.topic()));
        });
    }

    private void stream(RoutingContext ctx, SecurityIdentity identity, Predicate<StreamEvent> wanted) {
        HttpServerResponse response = ctx.response()
                .setChunked(true)
                .putHeader("Content-Type", "text/event-stream")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("X-Accel-Buffering", "no");
        response.write(": connected\n\n");
        response.closeHandler(closed -> hub.unsubscribe(response));
        String lastEventId = ctx.request().getHeader("Last-Event-ID");
        hub.subscribe(
                new EventHub.Subscriber(
                        response, ctx.request().connection(), Vertx.currentContext(), Viewer.of(identity), wanted),
                lastEventId);
    }
}
