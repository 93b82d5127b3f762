package uk.nhs.patientsafety.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * Tokens signed by a key pair made for this test run, shaped like the platform realm's tokens. A service's test
 * profile trusts the public key ({@link TestTokenResource}), so signatures are really validated, with no
 * identity server involved. Gateway and system tests use real Keycloak tokens instead.
 */
public final class TestTokens {

    public static final String ISSUER = "https://test-issuer.patient-safety.local";
    public static final String AUDIENCE = "patient-safety-api";

    private static final KeyPair KEYS = generate();
    private static final KeyPair OTHER_KEYS = generate();

    private TestTokens() {}

    public static String issue(TestUser user) {
        return claims(user, Instant.now().plus(Duration.ofMinutes(15))).sign(KEYS.getPrivate());
    }

    public static String issueExpired(TestUser user) {
        return claims(user, Instant.now().minus(Duration.ofMinutes(5))).sign(KEYS.getPrivate());
    }

    /** A well-formed token signed by a key the service does not trust. */
    public static String signedByStranger(TestUser user) {
        return claims(user, Instant.now().plus(Duration.ofMinutes(15))).sign(OTHER_KEYS.getPrivate());
    }

    /** The service's trusted key as quarkus-oidc's {@code public-key} property wants it: base64 X.509 DER. */
    public static String publicKey() {
        return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
    }

    private static JwtClaimsBuilder claims(TestUser user, Instant expiry) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(user.subject())
                .audience(AUDIENCE)
                .claim("preferred_username", user.subject())
                .claim("realm_access", Map.of("roles", user.roles()))
                .claim("org", user.org())
                .claim("org_type", user.orgType())
                .issuedAt(expiry.minus(Duration.ofMinutes(15)))
                .expiresAt(expiry);
        return user.region() == null ? claims : claims.claim("region", user.region());
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> oidcProperties() {
        return Map.of(
                "quarkus.oidc.auth-server-url",
                "",
                "quarkus.oidc.discovery-enabled",
                "false",
                "quarkus.oidc.public-key",
                publicKey(),
                "quarkus.oidc.token.issuer",
                ISSUER,
                "quarkus.oidc.token.audience",
                AUDIENCE);
    }
}
