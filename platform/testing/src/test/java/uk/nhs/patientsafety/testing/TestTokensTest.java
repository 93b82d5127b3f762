package uk.nhs.patientsafety.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TestTokensTest {

    @Test
    void aTestTokenIsSignedByThePublishedKeyAndCarriesThePlatformClaims() throws Exception {
        String token = TestTokens.issue(TestUser.icbViewer("QWU"));

        assertThat(verifies(token)).isTrue();
        var claims = KeycloakServer.claims(token);
        assertThat(claims.path("org").asText()).isEqualTo("QWU");
        assertThat(claims.path("org_type").asText()).isEqualTo("icb");
        assertThat(claims.path("realm_access").path("roles").get(0).asText()).isEqualTo("icb-viewer");
        assertThat(claims.path("aud").toString()).contains(TestTokens.AUDIENCE);
    }

    @Test
    void aStrangersTokenDoesNotVerify() throws Exception {
        assertThat(verifies(TestTokens.signedByStranger(TestUser.providerReporter("RT5"))))
                .isFalse();
    }

    @Test
    void anExpiredTokenHasExpired() {
        long exp = KeycloakServer.claims(TestTokens.issueExpired(TestUser.providerReporter("RT5")))
                .path("exp")
                .asLong();

        assertThat(exp).isLessThan(System.currentTimeMillis() / 1000);
    }

    private static boolean verifies(String jwt) throws Exception {
        String[] parts = jwt.split("\\.");
        PublicKey key = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(TestTokens.publicKey())));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key);
        rsa.update((parts[0] + "." + parts[1]).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
    }
}
