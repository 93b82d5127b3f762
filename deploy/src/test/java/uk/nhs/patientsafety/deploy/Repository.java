package uk.nhs.patientsafety.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The repository the deploy module's tests read, found from the working directory. */
final class Repository {

    static final List<String> APPS = List.of(
            "incident-service",
            "assurance-service",
            "summit-service",
            "candour-service",
            "notification-service",
            "gateway");

    static final List<String> TOPICS = List.of(
            "incident.events.v1",
            "assurance.events.v1",
            "summit.events.v1",
            "escalation.events.v1",
            "candour.events.v1",
            "notification.events.v1");

    private Repository() {}

    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("deploy/local/platform"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "No repository root above " + Path.of("").toAbsolutePath());
    }

    static Map<String, Object> yaml(Path file) {
        return yamlDocuments(file).get(0);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> yamlDocuments(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            List<Map<String, Object>> documents = new ArrayList<>();
            for (Object document : new Yaml().loadAll(reader)) {
                if (document != null) {
                    documents.add((Map<String, Object>) document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            current = current instanceof Map<?, ?> map ? map.get(key) : null;
        }
        return (T) current;
    }
}
