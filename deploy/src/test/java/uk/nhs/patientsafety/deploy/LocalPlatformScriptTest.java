package uk.nhs.patientsafety.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The one command that runs the platform parses and explains itself. (Running it is checked by hand: docs.) */
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

    private record Result(int exitCode, String output) {}

    private static Result run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
