package uk.nhs.patientsafety.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import uk.nhs.patientsafety.testing.architecture.MainClasses;
import uk.nhs.patientsafety.testing.architecture.Modules;
import uk.nhs.patientsafety.testing.architecture.PlatformRules;

/**
 * The architecture rules of a platform module: it imports no service and holds nothing aggregate-shaped
 * ({@link PlatformRules}). One line per module, in the module's package, e.g.
 *
 * <pre>{@code package uk.nhs.patientsafety.web; class WebArchitectureTest extends PlatformArchitectureTest {}}</pre>
 *
 * Only the module's main classes are checked, so its tests may hold aggregates (e.g. a test Counter).
 */
public abstract class PlatformArchitectureTest {

    private final String module = platformModule(getClass());

    private static String platformModule(Class<?> type) {
        String module = Modules.moduleOf(type);
        if (!Modules.PLATFORM.contains(module)) {
            throw new IllegalStateException(type.getName() + " is not in a platform module " + Modules.PLATFORM
                    + ": a service extends ServiceArchitectureTest");
        }
        return module;
    }

    protected final JavaClasses mainClasses() {
        return MainClasses.of(module);
    }

    @Test
    public void checksTheModuleMainClassesOnly(TestReporter reporter) {
        String summary = MainClasses.verify(getClass(), module);
        reporter.publishEntry("architecture", summary);
        System.out.println("[architecture] " + summary);
    }

    @Test
    public void dependsOnNoService() {
        PlatformRules.dependsOnNoService().check(mainClasses());
    }

    @Test
    public void holdsNoAggregate() {
        PlatformRules.holdsNoAggregate().check(mainClasses());
    }
}
