package uk.nhs.patientsafety.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The one command that runs the platform parses, explains itself and tells a killed component from a running one.
 * (Running the platform is checked by hand or optional CI: deploy/test/restart-after-kill, see deploy/README.md.)
 */
class LocalPlatformScriptTest {

    private final Path script = Repository.root().resolve("deploy/local/platform");

    @Test
    void isExecutableAndParses() throws Exception {
        assertThat(Files.isExecutable(script)).isTrue();
        assertThat(run("bash", "-n", script.toString()).exitCode).isZero();
    }

    @Test
    void helpListsEveryCommand() throws Exception {
        Result help = run(script.toString(), "--help");

        assertThat(help.exitCode).isZero();
        assertThat(help.output).contains("up", "down", "status", "logs");
    }

    @Test
    void anUnknownCommandFailsWithUsage() throws Exception {
        Result wrong = run(script.toString(), "sideways");

        assertThat(wrong.exitCode).isEqualTo(2);
        assertThat(wrong.output).contains("Usage");
    }

    /** deploy/test/liveness: a zombie (killed, not yet reaped), a reused pid and a gone process are not running. */
    @Test
    void aKilledComponentIsNotTakenForARunningOne() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs /proc (Linux)");

        Result liveness = run(Repository.root().resolve("deploy/test/liveness").toString());

        assertThat(liveness.exitCode).as(liveness.output).isZero();
        assertThat(liveness.output).contains("all liveness checks passed").doesNotContain("FAIL");
    }

    private record Result(int exitCode, String output) {}

    private static Result run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
