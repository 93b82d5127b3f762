package uk.nhs.patientsafety.testing.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

/** The platform's module map: which top-level packages under {@code uk.nhs.patientsafety} are platform, which are services. */
public final class Modules {

    public static final String ROOT = "uk.nhs.patientsafety";

    /** Platform modules: a service may depend on these (except {@code testing}, which is test-only), and nothing else. */
    public static final List<String> PLATFORM = List.of("contracts", "eventsourcing", "web", "testing", "reference");

    /** What a service's main code may depend on under {@link #ROOT}, besides itself. */
    public static final List<String> SERVICE_MAY_USE = List.of("contracts", "eventsourcing", "web", "reference");

    private Modules() {}

    /** The top-level module a class belongs to: {@code uk.nhs.patientsafety.<module>[.…]}. */
    public static String moduleOf(Class<?> type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            throw new IllegalStateException(type.getName() + " must live under " + ROOT
                    + ".<module> so the architecture rules know which module to check");
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    public static String packageOf(String module) {
        return ROOT + "." + module;
    }

    /** The main (not test) classes of one module found on the classpath, with ArchUnit's {@code DoNotIncludeTests}. */
    public static JavaClasses importMainClasses(String module) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packageOf(module));
    }

    static String[] packagesOf(List<String> modules) {
        return modules.stream().map(m -> packageOf(m) + "..").toArray(String[]::new);
    }
}
