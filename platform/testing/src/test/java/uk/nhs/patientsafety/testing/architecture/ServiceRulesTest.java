package uk.nhs.patientsafety.testing.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import uk.nhs.patientsafety.testing.ServiceArchitectureTest;
import uk.nhs.patientsafety.testing.ServiceIndependenceTest;

/**
 * The service rules cannot pass silently: each one selects classes in a well-formed fixture service
 * ({@code goodfixture}) and passes there, and fails on a fixture service built to break it ({@code badfixture}),
 * naming the class that broke it. The fixtures are test classes, so they are imported here with tests included.
 */
class ServiceRulesTest {

    private static final JavaClasses GOOD = new ClassFileImporter().importPackages("uk.nhs.patientsafety.goodfixture");
    private static final JavaClasses BAD = new ClassFileImporter().importPackages("uk.nhs.patientsafety.badfixture");

    private static final ServiceRules GOOD_RULES = ServiceRules.forContext("goodfixture");
    private static final ServiceRules BAD_RULES = ServiceRules.forContext("badfixture");

    @TestFactory
    Stream<DynamicTest> everyRuleChecksSomethingAndPassesOnAWellFormedService() {
        assertThat(GOOD.size()).isGreaterThan(15);
        return GOOD_RULES.all().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.allowEmptyShould(false)
                        .check(GOOD)));
    }

    @TestFactory
    Stream<DynamicTest> everyRuleFailsOnTheBadService() {
        return BAD_RULES.all().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> assertThat(
                                rule.evaluate(BAD).hasViolation())
                        .as(rule.getDescription())
                        .isTrue()));
    }

    @TestFactory
    Stream<DynamicTest> everyRulePassesVacuouslyOnAServiceWithNoClasses() {
        JavaClasses none = new ClassFileImporter().importPackages("uk.nhs.patientsafety.nosuchservice");
        assertThat(none).isEmpty();
        return ServiceRules.forContext("nosuchservice").all().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(none)));
    }

    @TestFactory
    Stream<DynamicTest> everyRuleRefusesAnEmptySelectionWhenAskedTo() {
        // So the "checks something" test above means what it says.
        JavaClasses none = new ClassFileImporter().importPackages("uk.nhs.patientsafety.nosuchservice");
        return ServiceRules.forContext("nosuchservice").all().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> assertThatThrownBy(
                                () -> rule.allowEmptyShould(false).check(none))
                        .isInstanceOf(AssertionError.class)));
    }

    @Test
    void aServiceImportingAnotherServiceFails() {
        assertBreaks(
                ServiceRules::dependsOnlyOnItselfAndThePlatform,
                "integration.inbound.WidgetEventsListener",
                "goodfixture.events.WidgetEvent$WidgetMade");
    }

    @Test
    void aPackageOutsideTheTemplateFails() {
        assertBreaks(ServiceRules::followsTheTemplateLayout, "clocks.GadgetCalendar", "write.LooseCommands");
    }

    @Test
    void anAggregateOutsideWriteFails() {
        assertBreaks(ServiceRules::aggregatesLiveInAWritePackage, "shared.StrayAggregate");
    }

    @Test
    void aResourceUsingJdbcFails() {
        String report = assertBreaks(
                ServiceRules::restResourcesDoNotTouchJdbc,
                "write.makegadget.MakeGadgetResource",
                "java.sql.Connection",
                "write.makegadget.GadgetSubresource",
                "javax.sql.DataSource");
        assertThat(report).doesNotContain("GadgetStore");
    }

    @Test
    void anAggregatePackageTouchingRestOrJdbcFails() {
        assertBreaks(
                ServiceRules::aggregatePackagesDoNotTouchRestOrJdbc,
                "write.gadget.Gadget",
                "jakarta.ws.rs.core.Response",
                "write.gadget.GadgetStore",
                "java.sql.Connection");
    }

    @Test
    void eventsImportingASliceFail() {
        assertBreaks(ServiceRules::eventsDependOnNoSlice, "events.GadgetMade", "read.gadgets.GadgetRow");
    }

    @Test
    void readImportingWriteAndWriteImportingReadFail() {
        assertBreaks(
                ServiceRules::readAndWriteMeetOnlyThroughEvents,
                "read.gadgets.GadgetsView",
                "write.gadget.Gadget",
                "write.makegadget.MakeGadgetHandler");
    }

    @Test
    void contractsOutsideIntegrationFail() {
        String report = assertBreaks(
                ServiceRules::onlyIntegrationUsesPublishedContracts,
                "read.gadgets.GadgetProjection",
                "shared.GadgetTopics");
        assertThat(report).doesNotContain("integration.inbound");
    }

    @Test
    void readSlicesImportingEachOtherFail() {
        assertBreaks(ServiceRules::readSlicesAreIndependent, "read.gadgetstats.GadgetStats", "read.gadgets.GadgetRow");
    }

    @Test
    void capabilitiesImportingEachOtherAndAggregatesImportingCapabilitiesFail() {
        String report = assertBreaks(
                ServiceRules::writeSlicesImportOnlyAnAggregate,
                "write.renamegadget.RenameGadget",
                "write.renamegadget -> write.makegadget",
                "write.gadget.GadgetRules",
                "an aggregate imports no other write slice");
        assertThat(report).doesNotContain("MakeGadgetResource");
    }

    @Test
    void policiesImportingEachOtherFail() {
        assertBreaks(ServiceRules::automationPoliciesAreIndependent, "automation.first.WhenGadgetMadeThenFirst");
    }

    @Test
    void aPlatformPackageIsNotAService() {
        assertThatThrownBy(() -> ServiceRules.forContext("web")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Every rule has its test in the base classes, so a new rule cannot be added and never run. */
    @Test
    void theBaseClassesRunEveryRule() {
        Set<String> rules = Arrays.stream(ServiceRules.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getReturnType() == ArchRule.class)
                .map(Method::getName)
                .collect(Collectors.toSet());
        Set<String> tests = Stream.of(ServiceArchitectureTest.class, ServiceIndependenceTest.class)
                .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .filter(m -> m.isAnnotationPresent(Test.class))
                .map(Method::getName)
                .filter(n -> !n.equals("checksTheServiceMainClassesOnly"))
                .collect(Collectors.toSet());
        assertThat(tests).isEqualTo(rules);
        assertThat(GOOD_RULES.all()).hasSize(rules.size());
    }

    private static String assertBreaks(Function<ServiceRules, ArchRule> rule, String... mentioned) {
        assertThat(rule.apply(GOOD_RULES).evaluate(GOOD).hasViolation()).isFalse();
        EvaluationResult result = rule.apply(BAD_RULES).evaluate(BAD);
        assertThat(result.hasViolation()).isTrue();
        String report = result.getFailureReport().toString();
        assertThat(report).contains(mentioned);
        return report;
    }
}
