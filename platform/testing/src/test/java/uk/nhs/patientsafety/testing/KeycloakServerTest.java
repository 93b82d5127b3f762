package uk.nhs.patientsafety.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The project realm, imported into a real Keycloak, issues tokens with the claims the platform decides on. */
class KeycloakServerTest {

    private final KeycloakServer keycloak = KeycloakServer.shared();

    @Test
    void aDemoUsersTokenCarriesOrganisationRegionRoleAndAudience() {
        JsonNode claims = KeycloakServer.claims(keycloak.token("rt5.reporter", "demo-password"));

        assertThat(claims.path("iss").asText()).isEqualTo(keycloak.realmUrl());
        assertThat(claims.path("org").asText()).isEqualTo("RT5");
        assertThat(claims.path("org_type").asText()).isEqualTo("provider");
        assertThat(claims.path("region").asText()).isEqualTo("Y60");
        assertThat(texts(claims.path("realm_access").path("roles"))).contains("provider-reporter");
        assertThat(audiences(claims)).contains("patient-safety-api");
    }

    @Test
    void anIcbUsersTokenNamesTheIcb() {
        JsonNode claims = KeycloakServer.claims(keycloak.token("qwu.quality", "demo-password"));

        assertThat(claims.path("org").asText()).isEqualTo("QWU");
        assertThat(claims.path("org_type").asText()).isEqualTo("icb");
        assertThat(texts(claims.path("realm_access").path("roles"))).contains("icb-quality-lead");
    }

    @Test
    void aProviderSystemsClientCredentialsTokenCarriesItsOrganisation() {
        JsonNode claims = KeycloakServer.claims(keycloak.clientCredentialsToken("rkb-epr", "rkb-epr-demo-secret"));

        assertThat(claims.path("org").asText()).isEqualTo("RKB");
        assertThat(claims.path("org_type").asText()).isEqualTo("provider");
        assertThat(texts(claims.path("realm_access").path("roles"))).contains("provider-reporter");
        assertThat(audiences(claims)).contains("patient-safety-api");
    }

    private static List<String> audiences(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        return aud.isArray() ? texts(aud) : List.of(aud.asText());
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
