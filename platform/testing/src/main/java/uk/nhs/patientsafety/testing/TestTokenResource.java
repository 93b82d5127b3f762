package uk.nhs.patientsafety.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Makes a service trust {@link TestTokens} (real signature checks, no identity server). */
public class TestTokenResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return TestTokens.oidcProperties();
    }

    @Override
    public void stop() {}
}
