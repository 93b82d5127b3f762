package uk.nhs.patientsafety.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.patientsafety.deploy.Repository.at;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Kustomize manifests parse, and every Deployment is sized and probed. */
class KubernetesManifestsTest {

    private final Path k8s = Repository.root().resolve("deploy/k8s");

    @Test
    void everyDeploymentHasResourcesAndHealthProbes() throws IOException {
        List<Map<String, Object>> deployments = documents().stream()
                .filter(d -> "Deployment".equals(d.get("kind")))
                .toList();
        assertThat(deployments).hasSize(Repository.APPS.size());

        for (Map<String, Object> deployment : deployments) {
            List<Map<String, Object>> containers = at(deployment, "spec", "template", "spec", "containers");
            for (Map<String, Object> container : containers) {
                String name = (String) container.get("name");
                assertThat((Object) at(container, "resources", "requests", "memory"))
                        .as(name)
                        .isNotNull();
                assertThat((Object) at(container, "resources", "limits", "memory"))
                        .as(name)
                        .isNotNull();
                assertThat((String) at(container, "readinessProbe", "httpGet", "path"))
                        .as(name)
                        .isEqualTo("/q/health/ready");
                assertThat((String) at(container, "livenessProbe", "httpGet", "path"))
                        .as(name)
                        .isEqualTo("/q/health/live");
            }
            assertThat((Boolean) at(deployment, "spec", "template", "spec", "securityContext", "runAsNonRoot"))
                    .isTrue();
        }
    }

    @Test
    void everyBaseFolderIsListedInTheBaseKustomization() throws IOException {
        List<String> resources = at(Repository.yaml(k8s.resolve("base/kustomization.yaml")), "resources");
        try (Stream<Path> folders = Files.list(k8s.resolve("base"))) {
            folders.filter(Files::isDirectory)
                    .map(folder -> folder.getFileName().toString())
                    .forEach(folder -> assertThat(resources).contains(folder));
        }
        Repository.APPS.forEach(app -> assertThat(resources).contains(app));
    }

    @Test
    void everyFileAKustomizationNamesExists() throws IOException {
        try (Stream<Path> files = Files.walk(k8s)) {
            for (Path kustomization :
                    files.filter(f -> f.endsWith("kustomization.yaml")).toList()) {
                List<String> resources = at(Repository.yaml(kustomization), "resources");
                resources.forEach(
                        resource -> assertThat(kustomization.getParent().resolve(resource))
                                .as("%s in %s", resource, kustomization)
                                .exists());
            }
        }
    }

    @Test
    void everyPlatformTopicAndItsDeadLetterTopicIsDeclared() throws IOException {
        List<String> declared = documents().stream()
                .filter(d -> "KafkaTopic".equals(d.get("kind")))
                .map(d -> (String) at(d, "spec", "topicName"))
                .toList();

        Repository.TOPICS.forEach(topic -> assertThat(declared).contains(topic, topic + ".dlq"));
    }

    private List<Map<String, Object>> documents() throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(k8s)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                documents.addAll(Repository.yamlDocuments(file));
            }
        }
        return documents;
    }
}
