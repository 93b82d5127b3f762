package uk.nhs.patientsafety.incident.reference;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.patientsafety.incident.events.Framework;
import uk.nhs.patientsafety.reference.ReferenceFiles;

/**
 * Which incident framework a provider works under on a given day (DOMAIN §8): {@code SIF2015} or {@code PSIRF2022}.
 * Providers without their own entries, or dates before their first entry, follow the file's default.
 */
@ApplicationScoped
public class FrameworkAdoptions {

    public static final String DATA_FILE = "reference/framework-adoption.json";

    public record Adoption(String framework, LocalDate effectiveFrom) {}

    private final String version;
    private final List<Adoption> defaults; // latest first
    private final Map<String, List<Adoption>> byProvider; // latest first

    public FrameworkAdoptions() {
        this(ReferenceFiles.readResource(DATA_FILE));
    }

    private FrameworkAdoptions(JsonNode data) {
        this.version = ReferenceFiles.requiredText(data, "version");
        this.defaults = latestFirst(readAdoptions(data.required("default")));
        if (defaults.isEmpty()) {
            throw new IllegalStateException("framework adoption data has an empty default");
        }
        Map<String, List<Adoption>> providers = new HashMap<>();
        for (JsonNode entry : data.required("adoptions")) {
            providers
                    .computeIfAbsent(ReferenceFiles.requiredText(entry, "providerOds"), ods -> new ArrayList<>())
                    .add(readAdoption(entry));
        }
        providers.replaceAll((ods, adoptions) -> latestFirst(adoptions));
        this.byProvider = Map.copyOf(providers);
    }

    public static FrameworkAdoptions fromJson(InputStream json) {
        return new FrameworkAdoptions(ReferenceFiles.read(json));
    }

    public String version() {
        return version;
    }

    /** The framework in force for the provider on that date. The earliest default entry also covers earlier dates. */
    public String frameworkFor(String providerOds, LocalDate on) {
        return inForce(byProvider.getOrDefault(providerOds, List.of()), on)
                .or(() -> inForce(defaults, on))
                .orElse(defaults.get(defaults.size() - 1).framework());
    }

    private static Optional<String> inForce(List<Adoption> latestFirst, LocalDate on) {
        return latestFirst.stream()
                .filter(adoption -> !adoption.effectiveFrom().isAfter(on))
                .map(Adoption::framework)
                .findFirst();
    }

    private static List<Adoption> readAdoptions(JsonNode entries) {
        List<Adoption> adoptions = new ArrayList<>();
        entries.forEach(entry -> adoptions.add(readAdoption(entry)));
        return adoptions;
    }

    private static Adoption readAdoption(JsonNode entry) {
        String framework = ReferenceFiles.requiredText(entry, "framework");
        if (Framework.fromCode(framework).isEmpty()) {
            throw new IllegalStateException("unknown framework in adoption data: " + framework);
        }
        return new Adoption(framework, LocalDate.parse(ReferenceFiles.requiredText(entry, "effectiveFrom")));
    }

    private static List<Adoption> latestFirst(List<Adoption> adoptions) {
        return adoptions.stream()
                .sorted(Comparator.comparing(Adoption::effectiveFrom).reversed())
                .toList();
    }
}
