package uk.nhs.patientsafety.gateway.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reference data: which ICBs commission a provider (lead or responsible commissioner) and the provider's region.
 * Read from {@code platform.reference.commissioning} (a file), or the demo data shipped with the gateway.
 */
@ApplicationScoped
public class Commissioning {

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "platform.reference.commissioning")
    Optional<String> file;

    private JsonNode providers;

    public boolean commissions(String icb, String provider) {
        JsonNode entry = providers().path(provider);
        Set<String> commissioners = new HashSet<>();
        commissioners.add(entry.path("leadCommissioner").asText());
        entry.path("responsibleCommissioners").forEach(node -> commissioners.add(node.asText()));
        return commissioners.contains(icb);
    }

    public Optional<String> regionOf(String provider) {
        JsonNode region = providers().path(provider).path("region");
        return region.isTextual() ? Optional.of(region.asText()) : Optional.empty();
    }

    private synchronized JsonNode providers() {
        if (providers == null) {
            try (InputStream in = file.isPresent()
                    ? Files.newInputStream(Path.of(file.get()))
                    : getClass().getResourceAsStream("/reference/commissioning.json")) {
                providers = json.readTree(in).path("providers");
            } catch (IOException e) {
                throw new UncheckedIOException("Commissioning reference data could not be read", e);
            }
        }
        return providers;
    }
}
