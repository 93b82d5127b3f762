package uk.nhs.patientsafety.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real Keycloak with the project realm ({@code deploy/keycloak/patient-safety-realm.json}), one per JVM. The
 * distribution is unpacked by Maven into {@code ~/.cache/patient-safety-platform} (platform-testing's build); each
 * run copies it to a temporary directory so that parallel runs never share state. Set {@code KEYCLOAK_URL} to use a
 * server that is already running instead (e.g. the local platform's).
 */
public final class KeycloakServer {

    public static final String REALM = "patient-safety";
    public static final String DASHBOARD_CLIENT = "patient-safety-dashboard";
    private static final String VERSION = "26.7.3";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static KeycloakServer shared;

    private final String url;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakServer(String url) {
        this.url = url;
    }

    /** The run's server: the one at {@code KEYCLOAK_URL}, or one started now and stopped at JVM exit. */
    public static synchronized KeycloakServer shared() {
        if (shared == null) {
            String given = System.getenv().getOrDefault("KEYCLOAK_URL", System.getProperty("keycloak.url", ""));
            shared = given.isBlank() ? Process.start() : new KeycloakServer(given.replaceAll("/$", ""));
        }
        return shared;
    }

    public String url() {
        return url;
    }

    /** The realm's issuer URL, which is also what quarkus-oidc takes as {@code auth-server-url}. */
    public String realmUrl() {
        return url + "/realms/" + REALM;
    }

    /** An access token for a demo user, by the password grant on the dashboard client. */
    public String token(String username, String password) {
        return requestToken(Map.of(
                "grant_type", "password", "client_id", DASHBOARD_CLIENT, "username", username, "password", password));
    }

    /** An access token for a system, by the client-credentials grant. */
    public String clientCredentialsToken(String clientId, String secret) {
        return requestToken(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    private String requestToken(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(realmUrl() + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "Keycloak refused a token: " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a JWT, decoded without checking it: for asserting what a token carries. */
    public static JsonNode claims(String jwt) {
        try {
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Keycloak started by this JVM. */
    private static final class Process {

        static KeycloakServer start() {
            try {
                Path home = Files.createTempDirectory("keycloak-");
                copy(distribution(), home);
                Path imports = Files.createDirectories(home.resolve("data/import"));
                Files.copy(realmFile(), imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
                int httpPort = LocalHost.freePort();
                int managementPort = LocalHost.freePort();
                String url = "http://127.0.0.1:" + httpPort;
                Path script = home.resolve("bin/kc.sh");
                script.toFile().setExecutable(true);
                ProcessBuilder builder = new ProcessBuilder(List.of(
                                script.toString(),
                                "start-dev",
                                "--http-port=" + httpPort,
                                "--http-management-port=" + managementPort,
                                "--hostname=" + url,
                                "--health-enabled=true",
                                "--import-realm"))
                        .redirectErrorStream(true)
                        .redirectOutput(home.resolve("keycloak.log").toFile());
                builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
                builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx384m");
                builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
                builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-test-only");
                java.lang.Process process = builder.start();
                // kc.sh stays the parent of the Keycloak JVM (BRIEF §6.3): stop the whole tree.
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process, home), "keycloak-stop"));
                awaitReady(process, "http://127.0.0.1:" + managementPort + "/health/ready", home);
                return new KeycloakServer(url);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Path distribution() {
            Path cache = Path.of(System.getProperty(
                    "platform.cache", System.getProperty("user.home") + "/.cache/patient-safety-platform"));
            Path dist = cache.resolve("keycloak-" + VERSION);
            if (!Files.isExecutable(dist.resolve("bin/kc.sh")) && !Files.exists(dist.resolve("bin/kc.sh"))) {
                throw new IllegalStateException("Keycloak " + VERSION + " is not unpacked at " + dist
                        + "; build platform/testing first: ./mvnw -pl platform/testing install");
            }
            return dist;
        }

        private static Path realmFile() {
            for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
                    dir != null;
                    dir = dir.getParent()) {
                Path realm = dir.resolve("deploy/keycloak/" + REALM + "-realm.json");
                if (Files.exists(realm)) {
                    return realm;
                }
            }
            throw new IllegalStateException(
                    "deploy/keycloak/" + REALM + "-realm.json not found above " + System.getProperty("user.dir"));
        }

        private static void awaitReady(java.lang.Process process, String readyUrl, Path home) throws IOException {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Keycloak exited:\n" + tail(home.resolve("keycloak.log")));
                }
                try {
                    if (http.send(
                                            HttpRequest.newBuilder(URI.create(readyUrl))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // Not listening yet.
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                sleep(500);
            }
            throw new IllegalStateException(
                    "Keycloak not ready within " + START_TIMEOUT + ":\n" + tail(home.resolve("keycloak.log")));
        }

        private static void stop(java.lang.Process process, Path home) {
            List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle()))
                    .toList();
            tree.forEach(ProcessHandle::destroy);
            for (ProcessHandle handle : tree) {
                try {
                    handle.onExit().get(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    handle.destroyForcibly();
                }
            }
            LocalHost.deleteQuietly(home);
        }

        private static void copy(Path from, Path to) throws IOException {
            try (Stream<Path> files = Files.walk(from)) {
                for (Path source : (Iterable<Path>) files::iterator) {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else if (!source.toString().contains("/data/")) {
                        Files.copy(
                                source,
                                target,
                                StandardCopyOption.REPLACE_EXISTING,
                                StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }

        private static String tail(Path log) {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(no log at " + log + ")";
            }
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
