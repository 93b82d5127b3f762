package uk.nhs.patientsafety.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.gateway.GatewayConfig;
import uk.nhs.patientsafety.web.Roles;

/**
 * Only what quarkus-oidc verified is reused, never past the token's expiry or the time-to-live. Time is the test's:
 * both of the class's clocks are replaced, and moved by hand.
 */
class VerifiedTokensTest {

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    /** Wall-clock time and monotonic time, moved together. */
    private Instant wall = START;

    private long nanos = 5_000_000_000L;

    private void advance(Duration by) {
        wall = wall.plus(by);
        nanos += by.toNanos();
    }

    @Test
    void recognisesTheVerifiedTokenAndOnlyThatToken() {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(30), 10);
        SecurityIdentity verified = verified("token-a", START.plusSeconds(60));
        tokens.augment(verified, null).await().indefinitely();

        SecurityIdentity again = authenticate(tokens, "token-a");
        assertThat(again).isNotNull();
        assertThat(again.getPrincipal().getName()).isEqualTo("rt5.safety");
        assertThat(again.getRoles()).containsExactly(Roles.PROVIDER_PATIENT_SAFETY_LEAD);
        assertThat(authenticate(tokens, "token-a ")).isNull();
        assertThat(authenticate(tokens, "token-b")).isNull();
    }

    @Test
    void forgetsATokenThatHasExpired() {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(30), 10);
        tokens.augment(verified("token-a", START.minusSeconds(1)), null).await().indefinitely();

        assertThat(authenticate(tokens, "token-a")).isNull();
    }

    @Test
    void forgetsATokenOnceItExpiresWithinTheTimeToLive() {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(30), 10);
        tokens.augment(verified("token-a", START.plusSeconds(10)), null).await().indefinitely();

        advance(Duration.ofSeconds(9));
        assertThat(authenticate(tokens, "token-a")).isNotNull();
        advance(Duration.ofSeconds(1));
        assertThat(authenticate(tokens, "token-a")).isNull();
    }

    @Test
    void verifiesAgainAfterTheTimeToLive() {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(30), 10);
        tokens.augment(verified("token-a", START.plusSeconds(3600)), null)
                .await()
                .indefinitely();
        assertThat(authenticate(tokens, "token-a")).isNotNull();

        advance(Duration.ofSeconds(30).minusNanos(1));
        assertThat(authenticate(tokens, "token-a")).isNotNull();
        advance(Duration.ofNanos(1));
        assertThat(authenticate(tokens, "token-a")).isNull();
        // Forgotten, not merely refused once: asked again, it goes to quarkus-oidc again.
        assertThat(authenticate(tokens, "token-a")).isNull();
    }

    @Test
    void keepsNothingWithoutAnExpiryOrAToken() {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(30), 10);
        tokens.augment(
                        QuarkusSecurityIdentity.builder()
                                .setPrincipal(new QuarkusPrincipal("someone"))
                                .addCredential(new TokenCredential("token-a", "bearer"))
                                .build(),
                        null)
                .await()
                .indefinitely();

        assertThat(authenticate(tokens, "token-a")).isNull();
    }

    @Test
    void staysWithinItsSize() {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(30), 2);
        for (String token : new String[] {"token-a", "token-b", "token-c"}) {
            tokens.augment(verified(token, START.plusSeconds(60)), null).await().indefinitely();
        }

        assertThat(authenticate(tokens, "token-c")).isNotNull();
        assertThat(authenticate(tokens, "token-a")).isNull();
    }

    private static SecurityIdentity authenticate(VerifiedTokens tokens, String token) {
        return tokens.authenticate(new TokenAuthenticationRequest(new TokenCredential(token, "bearer")), null)
                .await()
                .indefinitely();
    }

    private static SecurityIdentity verified(String token, Instant expiresAt) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("rt5.safety"))
                .addRole(Roles.PROVIDER_PATIENT_SAFETY_LEAD)
                .addCredential(new TokenCredential(token, "bearer"))
                .addAttribute(VerifiedTokens.EXPIRE_TIME, expiresAt.getEpochSecond())
                .build();
    }

    private VerifiedTokens tokens(Duration ttl, int size) {
        VerifiedTokens tokens = new VerifiedTokens();
        tokens.nanoTime = () -> nanos;
        tokens.clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return wall;
            }
        };
        tokens.config = new GatewayConfig() {
            @Override
            public Downstream downstream() {
                throw new UnsupportedOperationException();
            }

            @Override
            public RateLimit rateLimit() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Streams streams() {
                throw new UnsupportedOperationException();
            }

            @Override
            public OpenApi openapi() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Auth auth() {
                return new Auth() {
                    @Override
                    public Duration verifiedTokenTtl() {
                        return ttl;
                    }

                    @Override
                    public int verifiedTokens() {
                        return size;
                    }
                };
            }
        };
        return tokens;
    }
}
