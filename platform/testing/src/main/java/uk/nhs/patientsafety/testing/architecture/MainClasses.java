package uk.nhs.patientsafety.testing.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Imports a module's main classes once per test class, and checks the import is what it claims to be. */
public final class MainClasses {

    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private MainClasses() {}

    public static JavaClasses of(String module) {
        return IMPORTED.computeIfAbsent(module, Modules::importMainClasses);
    }

    /**
     * Fails if the import took in the test class itself (tests must not be checked), or found fewer classes than the
     * module's own {@code target/classes} holds for its package (rules that pass on nothing must say so honestly).
     * Returns a one-line summary.
     */
    public static String verify(Class<?> testClass, String module) {
        JavaClasses classes = of(module);
        String base = Modules.packageOf(module);
        assertThat(classes.contain(testClass))
                .as("the architecture rules check main classes only, but %s was imported", testClass.getName())
                .isFalse();
        long compiled = compiledMainClasses(testClass, base);
        assertThat((long) classes.size())
                .as("classes imported from %s (target/classes holds %d)", base, compiled)
                .isGreaterThanOrEqualTo(compiled);
        return classes.isEmpty()
                ? base + ": no main classes yet, so every rule passes without checking anything"
                : base + ": " + classes.size() + " main classes checked";
    }

    /** .class files under {@code target/classes/<base>} next to the test's {@code target/test-classes}, or -1. */
    private static long compiledMainClasses(Class<?> testClass, String base) {
        try {
            Path testClasses = Path.of(testClass
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (!Files.isDirectory(testClasses)
                    || !testClasses.getFileName().toString().equals("test-classes")) {
                return -1;
            }
            Path main = testClasses.resolveSibling("classes").resolve(base.replace('.', '/'));
            if (!Files.isDirectory(main)) {
                return 0;
            }
            try (Stream<Path> files = Files.walk(main)) {
                return files.filter(f -> f.toString().endsWith(".class")).count();
            }
        } catch (URISyntaxException | RuntimeException e) {
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
