package uk.nhs.patientsafety.testing.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The architecture rules of one service (bounded context) whose code lives under {@code uk.nhs.patientsafety.<context>},
 * following the service template ({@code docs/new-service.md}, STYLE §0).
 *
 * <p>Every rule allows an empty selection: a skeleton service with no classes passes them all (vacuously; the base
 * test class says how many classes it checked). The rules' own test in platform/testing proves that each one selects
 * classes in a well-formed fixture service and fails on a deliberately bad one.
 */
public final class ServiceRules {

    static final String AGGREGATE_IDENTIFIER = "org.axonframework.modelling.command.AggregateIdentifier";

    static final String[] JDBC = {"java.sql..", "javax.sql..", "io.agroal..", "org.postgresql.."};
    static final String[] REST = {"jakarta.ws.rs..", "org.jboss.resteasy.."};

    private static final List<String> HTTP_METHODS = Stream.of(
                    "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
            .map(m -> "jakarta.ws.rs." + m)
            .toList();

    private final String context;
    private final String base;

    private ServiceRules(String context) {
        if (Modules.PLATFORM.contains(context)) {
            throw new IllegalArgumentException(context + " is a platform module, not a service: use PlatformRules");
        }
        this.context = context;
        this.base = Modules.packageOf(context);
    }

    /** Rules for the service {@code uk.nhs.patientsafety.<context>}. */
    public static ServiceRules forContext(String context) {
        return new ServiceRules(context);
    }

    /** Rules for the service a (test) class belongs to, from its package. */
    public static ServiceRules forClass(Class<?> type) {
        return new ServiceRules(Modules.moduleOf(type));
    }

    public String context() {
        return context;
    }

    public String basePackage() {
        return base;
    }

    /** Every rule for an event-sourced service, in the order the base test class runs them. */
    public List<ArchRule> all() {
        return List.of(
                dependsOnlyOnItselfAndThePlatform(),
                followsTheTemplateLayout(),
                aggregatesLiveInAWritePackage(),
                restResourcesDoNotTouchJdbc(),
                aggregatePackagesDoNotTouchRestOrJdbc(),
                eventsDependOnNoSlice(),
                readAndWriteMeetOnlyThroughEvents(),
                onlyIntegrationUsesPublishedContracts(),
                readSlicesAreIndependent(),
                writeSlicesImportOnlyAnAggregate(),
                automationPoliciesAreIndependent());
    }

    // --- service independence -------------------------------------------------------------------------------------

    /**
     * A service depends, under {@code uk.nhs.patientsafety}, only on itself and on contracts, eventsourcing, web and
     * reference. Written as an allow-list, so it also catches a service nobody has listed yet.
     */
    public ArchRule dependsOnlyOnItselfAndThePlatform() {
        return noClasses()
                .that()
                .resideInAPackage(base + "..")
                .should()
                .dependOnClassesThat(resideInAPackage(Modules.ROOT + "..")
                        .and(not(resideInAPackage(base + "..")))
                        .and(not(resideInAnyPackage(Modules.packagesOf(Modules.SERVICE_MAY_USE))))
                        .as("belong to another service (anything under " + Modules.ROOT + " but " + context + ", "
                                + String.join(", ", Modules.SERVICE_MAY_USE) + ")"))
                .because("services meet only through published events (platform/contracts) and the platform")
                .allowEmptyShould(true);
    }

    // --- layout ---------------------------------------------------------------------------------------------------

    /**
     * Every class lives in a package of the template: the base package itself, {@code events..},
     * {@code write.<aggregate or capability>..}, {@code read.<view>..}, {@code automation.<policy>..},
     * {@code integration.inbound..}, {@code integration.outbound..}, {@code access..}, {@code reference..} (the
     * context's own versioned vocabularies and policies, e.g. harm codes, deadline lengths) or {@code shared..}.
     */
    public ArchRule followsTheTemplateLayout() {
        return classes()
                .that()
                .resideInAPackage(base + "..")
                .should()
                .resideInAnyPackage(
                        base,
                        base + ".events..",
                        base + ".write.*..",
                        base + ".read.*..",
                        base + ".automation.*..",
                        base + ".integration.inbound..",
                        base + ".integration.outbound..",
                        base + ".access..",
                        base + ".reference..",
                        base + ".shared..")
                .because("the service template (docs/new-service.md) fixes the top-level packages; classes directly in"
                        + " write, read or automation belong in a slice, and national rules belong in platform/")
                .allowEmptyShould(true);
    }

    /** A class holding an {@code @AggregateIdentifier} lives in {@code write.<aggregate>}. */
    public ArchRule aggregatesLiveInAWritePackage() {
        return classes()
                .that(holdAnAggregateIdentifier())
                .and()
                .resideInAPackage(base + "..")
                .should()
                .resideInAPackage(base + ".write.*..")
                .because("an aggregate is the write model of one consistency boundary: write/<aggregate>/")
                .allowEmptyShould(true);
    }

    // --- REST and JDBC --------------------------------------------------------------------------------------------

    /** REST resources hold no SQL: they dispatch commands and queries; read models own the SQL. */
    public ArchRule restResourcesDoNotTouchJdbc() {
        return noClasses()
                .that(areRestResources())
                .and()
                .resideInAPackage(base + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(JDBC)
                .because("REST resources hold no rules and no SQL (STYLE §0): the read model owns the SQL")
                .allowEmptyShould(true);
    }

    /** The aggregate and every class in its package (and below) touch neither REST nor JDBC. */
    public ArchRule aggregatePackagesDoNotTouchRestOrJdbc() {
        String[] forbidden = Stream.concat(Stream.of(REST), Stream.of(JDBC)).toArray(String[]::new);
        return noClasses()
                .that(resideInAnAggregatePackage())
                .and()
                .resideInAPackage(base + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(forbidden)
                .because("the aggregate package holds rules only; the event store is its only persistence")
                .allowEmptyShould(true);
    }

    // --- slices ---------------------------------------------------------------------------------------------------

    /**
     * Internal events depend only on the JDK, Axon's serialization types ({@code @Revision}, and upcasters, which
     * live with the events they read), Jackson (annotations, and the JSON tree an upcaster rewrites), CDI's
     * {@code @ApplicationScoped} that declares an upcaster, platform reference value types and other internal events.
     */
    public ArchRule eventsDependOnNoSlice() {
        return classes()
                .that()
                .resideInAPackage(base + ".events..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        base + ".events..",
                        "java..",
                        "org.axonframework.serialization..",
                        "com.fasterxml.jackson.annotation..",
                        "com.fasterxml.jackson.databind..",
                        "jakarta.enterprise.context..",
                        Modules.packageOf("reference") + "..")
                .because("events are the one thing every slice shares, so they import no slice")
                .allowEmptyShould(true);
    }

    /** Read slices and write slices never import each other; they meet through events (and access, shared). */
    public ArchRule readAndWriteMeetOnlyThroughEvents() {
        ArchRule readToWrite = noClasses()
                .that()
                .resideInAPackage(base + ".read..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(base + ".write..")
                .allowEmptyShould(true);
        ArchRule writeToRead = noClasses()
                .that()
                .resideInAPackage(base + ".write..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(base + ".read..")
                .allowEmptyShould(true);
        return CompositeArchRule.of(readToWrite)
                .and(writeToRead)
                .because("read and write slices meet through events, access and shared")
                .allowEmptyShould(true);
    }

    /** Only {@code integration..} imports the published language ({@code uk.nhs.patientsafety.contracts..}). */
    public ArchRule onlyIntegrationUsesPublishedContracts() {
        return noClasses()
                .that()
                .resideInAPackage(base + "..")
                .and()
                .resideOutsideOfPackage(base + ".integration..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(Modules.packageOf("contracts") + "..")
                .because("internal and published events are separate types: integration/outbound maps one to the"
                        + " other and integration/inbound translates what others publish")
                .allowEmptyShould(true);
    }

    /** Slices under {@code read.*} never import each other. */
    public ArchRule readSlicesAreIndependent() {
        return slices().matching(base + ".read.(*)..")
                .namingSlices("read.$1")
                .should()
                .notDependOnEachOther()
                .because("each read model is built from events alone")
                .allowEmptyShould(true);
    }

    /** Slices under {@code automation.*} never import each other. */
    public ArchRule automationPoliciesAreIndependent() {
        return slices().matching(base + ".automation.(*)..")
                .namingSlices("automation.$1")
                .should()
                .notDependOnEachOther()
                .because("each policy reacts to events on its own")
                .allowEmptyShould(true);
    }

    /**
     * Slices under {@code write.*} never import each other, except that a capability slice may import an aggregate
     * slice (the {@code write.<aggregate>} package tree holding a class with {@code @AggregateIdentifier}). An aggregate
     * slice imports no other write slice.
     */
    public ArchRule writeSlicesImportOnlyAnAggregate() {
        return classes()
                .that()
                .resideInAPackage(base + ".write.*..")
                .should(
                        new ArchCondition<JavaClass>(
                                "import no other write slice, except a capability importing its aggregate's package") {
                            @Override
                            public void check(JavaClass origin, ConditionEvents events) {
                                Optional<String> from = writeSliceOf(origin);
                                if (from.isEmpty()) {
                                    return;
                                }
                                boolean fromAggregate = isAggregateSlice(origin, from.get());
                                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                                    JavaClass target =
                                            dependency.getTargetClass().getBaseComponentType();
                                    Optional<String> to = writeSliceOf(target);
                                    if (to.isEmpty() || to.equals(from)) {
                                        continue;
                                    }
                                    if (!fromAggregate && isAggregateSlice(target, to.get())) {
                                        continue;
                                    }
                                    events.add(SimpleConditionEvent.violated(
                                            dependency,
                                            dependency.getDescription() + " [write." + from.get() + " -> write."
                                                    + to.get()
                                                    + (fromAggregate
                                                            ? ": an aggregate imports no other write slice"
                                                            : ": write." + to.get() + " holds no aggregate")
                                                    + "]"));
                                }
                            }
                        })
                .because("capabilities meet through events; each one dispatches commands to an aggregate")
                .allowEmptyShould(true);
    }

    // --- predicates -----------------------------------------------------------------------------------------------

    /** Classes with a field or method annotated {@code @AggregateIdentifier}. */
    public static DescribedPredicate<JavaClass> holdAnAggregateIdentifier() {
        return DescribedPredicate.describe("hold an @AggregateIdentifier", ServiceRules::holdsAggregateIdentifier);
    }

    /** Classes annotated {@code @Path}, or with a method annotated {@code @Path} or with an HTTP method. */
    public static DescribedPredicate<JavaClass> areRestResources() {
        return DescribedPredicate.describe(
                "are REST resources (@Path, or methods with @GET/@POST/@PUT/@PATCH/@DELETE/@HEAD/@OPTIONS)",
                type -> type.isAnnotatedWith("jakarta.ws.rs.Path")
                        || type.getMethods().stream()
                                .anyMatch(m -> m.isAnnotatedWith("jakarta.ws.rs.Path")
                                        || HTTP_METHODS.stream().anyMatch(m::isAnnotatedWith)));
    }

    /** Classes whose package, or a package above it, holds a class with an {@code @AggregateIdentifier}. */
    public static DescribedPredicate<JavaClass> resideInAnAggregatePackage() {
        return DescribedPredicate.describe("reside in an aggregate's package (or below it)", type -> {
            for (JavaPackage p = type.getPackage(); p != null; p = p.getParent().orElse(null)) {
                if (p.getClasses().stream().anyMatch(ServiceRules::holdsAggregateIdentifier)) {
                    return true;
                }
            }
            return false;
        });
    }

    static boolean holdsAggregateIdentifier(JavaClass type) {
        return type.getFields().stream().anyMatch(f -> f.isAnnotatedWith(AGGREGATE_IDENTIFIER))
                || type.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(AGGREGATE_IDENTIFIER));
    }

    private Optional<String> writeSliceOf(JavaClass type) {
        String prefix = base + ".write.";
        String name = type.getPackageName();
        if (!name.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = name.substring(prefix.length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    /** Whether the write slice {@code write.<slice>} (found from one of its classes) holds an aggregate. */
    private boolean isAggregateSlice(JavaClass member, String slice) {
        String slicePackage = base + ".write." + slice;
        for (JavaPackage p = member.getPackage(); p != null; p = p.getParent().orElse(null)) {
            if (p.getName().equals(slicePackage)) {
                return p.getClassesInPackageTree().stream().anyMatch(ServiceRules::holdsAggregateIdentifier);
            }
        }
        return false;
    }
}
