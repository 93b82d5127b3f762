package uk.nhs.patientsafety.testing.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The platform rules fail on platform fixtures built to break them, and pass on one that does not. */
class PlatformRulesTest {

    private static final JavaClasses GOOD =
            new ClassFileImporter().importPackages("uk.nhs.patientsafety.testing.fixtureplatform.good");
    private static final JavaClasses BAD =
            new ClassFileImporter().importPackages("uk.nhs.patientsafety.testing.fixtureplatform.bad");

    @Test
    void aPlatformClassImportingAServiceFails() {
        assertBreaks(PlatformRules.dependsOnNoService(), "ServiceLeak", "goodfixture.events.WidgetEvent$WidgetMade");
    }

    @Test
    void anAggregateOrCommandHandlerInPlatformFails() {
        assertBreaks(
                PlatformRules.holdsNoAggregate(),
                "SharedAggregate",
                "AggregateIdentifier",
                "SharedCommandHandler.handle",
                "CommandHandler");
    }

    @Test
    void aServiceIsCheckedOnlyWhereItsClassesAre() {
        // A service's own classes are not platform classes: the platform rules do not select them.
        JavaClasses service = new ClassFileImporter().importPackages("uk.nhs.patientsafety.badfixture");
        assertThat(PlatformRules.dependsOnNoService().evaluate(service).hasViolation())
                .isFalse();
    }

    private static void assertBreaks(ArchRule rule, String... mentioned) {
        rule.allowEmptyShould(false).check(GOOD);
        EvaluationResult result = rule.evaluate(BAD);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(mentioned);
    }
}
