package uk.nhs.patientsafety.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points a Quarkus application's OIDC at the run's real Keycloak ({@link KeycloakServer#shared()}). */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.oidc.auth-server-url", KeycloakServer.shared().realmUrl());
    }

    @Override
    public void stop() {
        // Shared by the whole run: stopped at JVM exit.
    }
}
