package uk.nhs.patientsafety.gateway.edge;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import uk.nhs.patientsafety.gateway.GatewayConfig;

/**
 * Remembers, for a short while, the identity that quarkus-oidc built from a bearer token it had fully verified
 * (signature against the realm's keys, issuer, audience, expiry), so that the same token sent again is not decoded,
 * parsed and signature-checked again on every request: measured, that was most of the gateway's CPU per request
 * (docs/benchmarks.md). Nothing is relaxed: only the exact token string that passed verification is recognised;
 * its expiry is checked again on every use; and nothing is kept longer than {@code verified-token-ttl}, so a key
 * withdrawn from the realm stops being honoured within that time, as it would after quarkus-oidc's own key refresh.
 * A token that is not remembered, or no longer, goes to quarkus-oidc as before.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest>, SecurityIdentityAugmentor {

    /** Set by quarkus-oidc on the identities it builds: the token's {@code exp}, in epoch seconds. */
    static final String EXPIRE_TIME = "quarkus.identity.expire-time";

    /** Attributes that belong to one request, not to the token: never kept, replaced by the current request's. */
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();

    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

    @Inject
    GatewayConfig config;

    /** The wall clock, for the token's expiry (epoch seconds); replaced by tests. */
    Clock clock = Clock.systemUTC();

    /** The monotonic clock, for the time-to-live; replaced by tests. */
    LongSupplier nanoTime = System::nanoTime;

    private record Verified(SecurityIdentity identity, long expiresAt, long keptUntil) {}

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /**
     * As an identity provider: asked before quarkus-oidc's, which runs at {@code SYSTEM_FIRST + 1}. As an augmentor:
     * runs before any other (they run highest first), so what is kept is the identity as quarkus-oidc built it, and
     * the others augment a remembered identity on every request just as they would a fresh one.
     */
    @Override
    public int priority() {
        return IdentityProvider.SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken() == null ? null : request.getToken().getToken();
        Verified known = token == null ? null : verified.get(token);
        if (known == null) {
            return Uni.createFrom().nullItem();
        }
        if (clock.instant().getEpochSecond() >= known.expiresAt() || nanoTime.getAsLong() - known.keptUntil() >= 0) {
            verified.remove(token, known);
            return Uni.createFrom().nullItem();
        }
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        return Uni.createFrom()
                .item(QuarkusSecurityIdentity.builder(known.identity())
                        .addAttribute(ROUTING_CONTEXT, routing)
                        .addAttribute(REQUEST_CONTEXT, routing == null ? null : routing.get(REQUEST_CONTEXT))
                        .build());
    }

    /** Runs after every authentication: keeps what quarkus-oidc verified. Answers with the identity unchanged. */
    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        TokenCredential credential = identity.isAnonymous() ? null : identity.getCredential(TokenCredential.class);
        if (credential != null
                && credential.getToken() != null
                && identity.getAttribute(EXPIRE_TIME) instanceof Long expiresAt
                && !verified.containsKey(credential.getToken())) {
            remember(credential.getToken(), identity, expiresAt);
        }
        return Uni.createFrom().item(identity);
    }

    private void remember(String token, SecurityIdentity identity, long expiresAt) {
        if (verified.size() >= config.auth().verifiedTokens()) {
            long now = nanoTime.getAsLong();
            long epochSecond = clock.instant().getEpochSecond();
            verified.values().removeIf(v -> epochSecond >= v.expiresAt() || now - v.keptUntil() >= 0);
            if (verified.size() >= config.auth().verifiedTokens()) {
                verified.clear();
            }
        }
        SecurityIdentity kept = QuarkusSecurityIdentity.builder(identity)
                .addAttribute(ROUTING_CONTEXT, null)
                .addAttribute(REQUEST_CONTEXT, null)
                .build();
        verified.put(
                token,
                new Verified(
                        kept,
                        expiresAt,
                        nanoTime.getAsLong() + config.auth().verifiedTokenTtl().toNanos()));
    }
}
