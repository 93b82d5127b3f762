package uk.nhs.patientsafety.gateway.streams;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.function.Predicate;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.nhs.patientsafety.contracts.Topics;
import uk.nhs.patientsafety.gateway.GatewayConfig;
import uk.nhs.patientsafety.web.HttpProblems;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.Roles;

/**
 * Server-Sent Events: {@code GET /api/streams/events} (every published event the caller may see) and
 * {@code GET /api/streams/escalations} (the escalation stream of the caller's region, for NHS England teams).
 * Resumable with {@code Last-Event-ID}; a comment line every heartbeat keeps proxies from closing idle streams. A
 * stream ends when the token that opened it expires; one token subject may hold at most
 * {@code max-streams-per-subject} streams (429 beyond that).
 */
@ApplicationScoped
public class StreamRoutes {

    @Inject
    EventHub hub;

    @Inject
    HttpProblems problems;

    @Inject
    GatewayConfig config;

    /** Set by quarkus-oidc on the identities it builds: the token's {@code exp}, in epoch seconds. */
    private static final String EXPIRE_TIME = "quarkus.identity.expire-time";

    /** What a caller over the per-subject limit is told to wait: streams close when a dashboard tab does. */
    static final int RETRY_AFTER_SECONDS = 5;

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
        HttpServerResponse response = ctx.response();
        response.closeHandler(closed -> hub.unsubscribe(response));
        String lastEventId = ctx.request().getHeader("Last-Event-ID");
        boolean opened = hub.subscribe(
                new EventHub.Subscriber(
                        response,
                        ctx.request().connection(),
                        Vertx.currentContext(),
                        Viewer.of(identity),
                        wanted,
                        subject(identity),
                        expiry(identity)),
                lastEventId);
        if (!opened) {
            int limit = config.streams().maxStreamsPerSubject();
            response.putHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            problems.write(
                    ctx,
                    Problem.of(
                                    429,
                                    "Too Many Requests",
                                    "At most " + limit + " live streams may be open at once with one identity;"
                                            + " close one first.")
                            .with("limit", limit));
        }
    }

    /** The token's subject ({@code sub}), or the principal's name for a token without one. */
    static String subject(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    /** When the token expires: its {@code exp}; null if it has none (a stream then lasts until it is closed). */
    static Instant expiry(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getExpirationTime() > 0) {
            return Instant.ofEpochSecond(token.getExpirationTime());
        }
        return identity.getAttribute(EXPIRE_TIME) instanceof Long exp ? Instant.ofEpochSecond(exp) : null;
    }
}
