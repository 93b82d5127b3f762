package uk.nhs.patientsafety.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.patientsafety.deploy.Repository.at;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** docker-compose.yml cannot run here (no Docker engine), so its shape is checked instead. */
class DockerComposeTest {

    static final List<String> APPS = Repository.APPS;
    private final Map<String, Object> compose =
            Repository.yaml(Repository.root().resolve("docker-compose.yml"));

    @ParameterizedTest
    @FieldSource("APPS")
    void everyAppIsBuiltFromItsDockerfileAndProbedForReadiness(String app) {
        Map<String, Object> service = at(compose, "services", app);
        assertThat(service).as(app).isNotNull();

        Path context = Repository.root().resolve((String) at(service, "build", "context"));
        assertThat(context.resolve((String) at(service, "build", "dockerfile"))).exists();
        assertThat(String.join(" ", (List<String>) at(service, "healthcheck", "test")))
                .contains("/q/health/ready");
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void everyAppWaitsForHealthyInfrastructure(String app) {
        Map<String, Map<String, String>> dependsOn = at(compose, "services", app, "depends_on");
        List<String> needed =
                app.equals("gateway") ? List.of("kafka", "keycloak") : List.of("postgres", "kafka", "keycloak");

        assertThat(dependsOn).containsKeys(needed.toArray(String[]::new));
        dependsOn.values().forEach(condition -> assertThat(condition).containsEntry("condition", "service_healthy"));
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void everyAppListensOnItsPlatformPort(String app) throws Exception {
        Map<String, Object> environment = at(compose, "services", app, "environment");
        String port = String.valueOf(environment.get("QUARKUS_HTTP_PORT"));

        assertThat((List<String>) at(compose, "services", app, "ports")).contains(port + ":" + port);
        assertThat(Files.readString(Repository.root().resolve(app + "/src/main/docker/Dockerfile.jvm")))
                .contains("EXPOSE " + port);
    }

    @ParameterizedTest
    @FieldSource("INFRASTRUCTURE")
    void everyInfrastructureServiceHasAHealthcheck(String name) {
        assertThat((Object) at(compose, "services", name, "healthcheck", "test"))
                .isNotNull();
    }

    static final List<String> INFRASTRUCTURE = List.of("postgres", "kafka", "keycloak");
}
