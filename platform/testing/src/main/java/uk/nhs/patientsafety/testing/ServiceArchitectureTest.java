package uk.nhs.patientsafety.testing;

import org.junit.jupiter.api.Test;

/**
 * The architecture rules of an event-sourced service that follows the service template ({@code docs/new-service.md}).
 * One line per service:
 *
 * <pre>{@code class AssuranceServiceArchitectureTest extends ServiceArchitectureTest {}}</pre>
 *
 * in the service's base package {@code uk.nhs.patientsafety.<context>}. Each rule is one test, so a report names
 * the rule that broke and the classes that broke it. The rules are in
 * {@link uk.nhs.patientsafety.testing.architecture.ServiceRules}.
 */
public abstract class ServiceArchitectureTest extends ServiceIndependenceTest {

    @Test
    public void followsTheTemplateLayout() {
        rules.followsTheTemplateLayout().check(mainClasses());
    }

    @Test
    public void aggregatesLiveInAWritePackage() {
        rules.aggregatesLiveInAWritePackage().check(mainClasses());
    }

    @Test
    public void restResourcesDoNotTouchJdbc() {
        rules.restResourcesDoNotTouchJdbc().check(mainClasses());
    }

    @Test
    public void aggregatePackagesDoNotTouchRestOrJdbc() {
        rules.aggregatePackagesDoNotTouchRestOrJdbc().check(mainClasses());
    }

    @Test
    public void eventsDependOnNoSlice() {
        rules.eventsDependOnNoSlice().check(mainClasses());
    }

    @Test
    public void readAndWriteMeetOnlyThroughEvents() {
        rules.readAndWriteMeetOnlyThroughEvents().check(mainClasses());
    }

    @Test
    public void onlyIntegrationUsesPublishedContracts() {
        rules.onlyIntegrationUsesPublishedContracts().check(mainClasses());
    }

    @Test
    public void readSlicesAreIndependent() {
        rules.readSlicesAreIndependent().check(mainClasses());
    }

    @Test
    public void writeSlicesImportOnlyAnAggregate() {
        rules.writeSlicesImportOnlyAnAggregate().check(mainClasses());
    }

    @Test
    public void automationPoliciesAreIndependent() {
        rules.automationPoliciesAreIndependent().check(mainClasses());
    }
}
