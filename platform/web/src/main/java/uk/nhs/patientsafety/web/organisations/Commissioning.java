package uk.nhs.patientsafety.web.organisations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reference data every service reads the same way: which ICBs commission a provider (its lead commissioner, and the
 * responsible commissioners of its patients, DOMAIN §2.2) and the provider's NHS England region. Access is decided by
 * these relationships, not by organisation type alone (DOMAIN §9). Read from {@code platform.reference.commissioning}
 * (a file), or the demo data shipped with the platform (real ODS codes).
 */
@ApplicationScoped
public class Commissioning {

    /** One provider's relationships, and its provider type over time (oldest first; empty when not known). */
    public record Provider(
            String ods,
            String region,
            String leadCommissioner,
            Set<String> responsibleCommissioners,
            List<TypePeriod> types) {

        public Provider {
            types = types == null
                    ? List.of()
                    : types.stream()
                            .sorted(java.util.Comparator.comparing(TypePeriod::effectiveFrom))
                            .toList();
        }

        /** A provider whose type is not recorded. */
        public Provider(String ods, String region, String leadCommissioner, Set<String> responsibleCommissioners) {
            this(ods, region, leadCommissioner, responsibleCommissioners, List.of());
        }

        public boolean commissionedBy(String icb) {
            return icb.equals(leadCommissioner) || responsibleCommissioners.contains(icb);
        }

        /** The provider's type in force on {@code date}: the latest period that started on or before it. */
        public Optional<String> typeOn(LocalDate date) {
            String type = null;
            for (TypePeriod period : types) {
                if (!period.effectiveFrom().isAfter(date)) {
                    type = period.type();
                }
            }
            return Optional.ofNullable(type);
        }
    }

    /**
     * A provider's type from a date (an organisation can change type, e.g. an NHS trust becoming a foundation trust):
     * {@code nhs_trust}, {@code foundation_trust}, {@code gp_practice}, {@code independent_hospital},
     * {@code care_home}.
     */
    public record TypePeriod(String type, LocalDate effectiveFrom) {}

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "platform.reference.commissioning")
    Optional<String> file;

    private Map<String, Provider> providers;

    public Commissioning() {}

    /** For tests and tools: relationships given directly. */
    public Commissioning(List<Provider> known) {
        Map<String, Provider> byOds = new TreeMap<>();
        known.forEach(provider -> byOds.put(provider.ods(), provider));
        this.providers = byOds;
    }

    public Optional<Provider> provider(String ods) {
        return Optional.ofNullable(providers().get(ods));
    }

    /** Whether {@code icb} is the lead or a responsible commissioner of {@code provider}. */
    public boolean commissions(String icb, String provider) {
        return provider(provider).map(p -> p.commissionedBy(icb)).orElse(false);
    }

    public boolean isLeadCommissioner(String icb, String provider) {
        return provider(provider).map(p -> icb.equals(p.leadCommissioner())).orElse(false);
    }

    /** The provider's type on {@code date} (e.g. the day of an incident), or empty when not known. */
    public Optional<String> providerTypeOn(String provider, LocalDate date) {
        return provider(provider).flatMap(p -> p.typeOn(date));
    }

    public Optional<String> regionOf(String provider) {
        return provider(provider).map(Provider::region);
    }

    /** The providers {@code icb} commissions, as lead or responsible commissioner. */
    public Set<String> providersCommissionedBy(String icb) {
        Set<String> commissioned = new TreeSet<>();
        providers().values().stream().filter(p -> p.commissionedBy(icb)).forEach(p -> commissioned.add(p.ods()));
        return commissioned;
    }

    public Set<String> providersInRegion(String region) {
        Set<String> inRegion = new TreeSet<>();
        providers().values().stream().filter(p -> region.equals(p.region())).forEach(p -> inRegion.add(p.ods()));
        return inRegion;
    }

    private synchronized Map<String, Provider> providers() {
        if (providers == null) {
            try (InputStream in = file.isPresent()
                    ? Files.newInputStream(Path.of(file.get()))
                    : getClass().getResourceAsStream("/platform/reference/commissioning.json")) {
                providers = parse(json.readTree(in).path("providers"));
            } catch (IOException e) {
                throw new UncheckedIOException("Commissioning reference data could not be read", e);
            }
        }
        return providers;
    }

    private static Map<String, Provider> parse(JsonNode entries) {
        Map<String, Provider> parsed = new TreeMap<>();
        entries.fields().forEachRemaining(entry -> {
            JsonNode node = entry.getValue();
            List<String> responsible = new ArrayList<>();
            node.path("responsibleCommissioners").forEach(ods -> responsible.add(ods.asText()));
            List<TypePeriod> types = new ArrayList<>();
            node.path("types")
                    .forEach(type -> types.add(new TypePeriod(
                            type.path("type").asText(),
                            LocalDate.parse(type.path("effectiveFrom").asText()))));
            parsed.put(
                    entry.getKey(),
                    new Provider(
                            entry.getKey(),
                            node.path("region").asText(null),
                            node.path("leadCommissioner").asText(null),
                            Set.copyOf(responsible),
                            types));
        });
        return parsed;
    }
}
