package uk.nhs.patientsafety.testing.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;

/**
 * The rules for {@code platform/}: it imports no service, and it holds nothing aggregate-shaped. Checked on the
 * platform packages ({@link Modules#PLATFORM}) of whatever classes are given, so each platform module runs them on
 * its own main classes ({@code PlatformArchitectureTest}).
 *
 * <p>"Nothing domain-shaped" cannot be checked mechanically in full. What is checked: no platform class depends on
 * Axon's aggregate-modelling types ({@link #AGGREGATE_TYPES}) and no platform method is a {@code @CommandHandler}.
 * Referring to {@code CommandHandler.class} (as the Axon wiring does to find handler beans) is allowed. What is not
 * checked: that a record or enum in platform/ is not really one context's concept; that is for review.
 */
public final class PlatformRules {

    /** Axon types only an aggregate (or a command aimed at one) uses. */
    public static final List<String> AGGREGATE_TYPES = List.of(
            "org.axonframework.modelling.command.AggregateIdentifier",
            "org.axonframework.modelling.command.TargetAggregateIdentifier",
            "org.axonframework.modelling.command.AggregateMember",
            "org.axonframework.modelling.command.EntityId",
            "org.axonframework.modelling.command.AggregateVersion",
            "org.axonframework.modelling.command.AggregateRoot",
            "org.axonframework.modelling.command.AggregateLifecycle",
            "org.axonframework.eventsourcing.EventSourcingHandler");

    private static final String COMMAND_HANDLER = "org.axonframework.commandhandling.CommandHandler";

    private PlatformRules() {}

    private static String[] platform() {
        return Modules.packagesOf(Modules.PLATFORM);
    }

    /** Platform classes depend, under {@code uk.nhs.patientsafety}, only on platform classes. */
    public static ArchRule dependsOnNoService() {
        return noClasses()
                .that()
                .resideInAnyPackage(platform())
                .should()
                .dependOnClassesThat(resideInAPackage(Modules.ROOT + "..")
                        .and(not(resideInAnyPackage(platform())))
                        .as("belong to a service (anything under " + Modules.ROOT + " but "
                                + String.join(", ", Modules.PLATFORM) + ")"))
                .because("platform/ serves every service and knows none of them")
                .allowEmptyShould(true);
    }

    /** No platform class is, or addresses, an aggregate; no platform method handles a command. */
    public static ArchRule holdsNoAggregate() {
        ArchRule noAggregateTypes = noClasses()
                .that()
                .resideInAnyPackage(platform())
                .should()
                .dependOnClassesThat(areAggregateModellingTypes())
                .allowEmptyShould(true);
        ArchRule noCommandHandlers = noMethods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAnyPackage(platform())
                .should()
                .beAnnotatedWith(COMMAND_HANDLER)
                .allowEmptyShould(true);
        return CompositeArchRule.of(noAggregateTypes)
                .and(noCommandHandlers)
                .because("aggregates and their commands are one context's domain; platform/ holds mechanisms")
                .allowEmptyShould(true);
    }

    private static DescribedPredicate<JavaClass> areAggregateModellingTypes() {
        return DescribedPredicate.describe(
                "are Axon aggregate-modelling types " + AGGREGATE_TYPES,
                type -> AGGREGATE_TYPES.contains(type.getName()));
    }
}
