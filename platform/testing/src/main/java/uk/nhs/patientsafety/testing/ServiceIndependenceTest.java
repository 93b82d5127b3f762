package uk.nhs.patientsafety.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import uk.nhs.patientsafety.testing.architecture.MainClasses;
import uk.nhs.patientsafety.testing.architecture.ServiceRules;

/**
 * The one architecture rule every service follows, event-sourced or not: it depends on no other service. For a
 * service that is not event-sourced (the gateway); event-sourced services extend {@link ServiceArchitectureTest}.
 *
 * <pre>{@code class GatewayArchitectureTest extends ServiceIndependenceTest {}}</pre>
 *
 * The service is {@code uk.nhs.patientsafety.<context>}, taken from the subclass's package; only its main classes
 * are checked (ArchUnit's {@code DoNotIncludeTests}). To switch one rule off, override its public method with
 * {@code @Disabled("why, and until when")}, so the exception is visible in review.
 */
public abstract class ServiceIndependenceTest {

    protected final ServiceRules rules = ServiceRules.forClass(getClass());

    protected final JavaClasses mainClasses() {
        return MainClasses.of(rules.context());
    }

    @Test
    public void checksTheServiceMainClassesOnly(TestReporter reporter) {
        String summary = MainClasses.verify(getClass(), rules.context());
        reporter.publishEntry("architecture", summary);
        System.out.println("[architecture] " + summary);
    }

    @Test
    public void dependsOnlyOnItselfAndThePlatform() {
        rules.dependsOnlyOnItselfAndThePlatform().check(mainClasses());
    }
}
