package uk.nhs.patientsafety.summit.reference;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.patientsafety.reference.DatedPolicies;
import uk.nhs.patientsafety.reference.ReferenceFiles;

/**
 * A provider's escalation levels, lowest first, as versioned configuration ({@code reference/escalation-levels.json}):
 * DOMAIN §5.1 marks the 2022 names {@code [UNV]}. The first level is where every provider starts.
 */
@ApplicationScoped
public class EscalationLevels {

    public static final String DATA_FILE = "reference/escalation-levels.json";

    private final DatedPolicies<List<String>> policies;

    public EscalationLevels() {
        this(ReferenceFiles.readResource(DATA_FILE));
    }

    private EscalationLevels(JsonNode data) {
        this.policies = DatedPolicies.read(data, period -> {
            List<String> levels = new ArrayList<>();
            period.required("levels").forEach(level -> levels.add(level.asText()));
            if (levels.size() < 2) {
                throw new IllegalStateException("escalation levels: at least two are needed");
            }
            return List.copyOf(levels);
        });
    }

    public static EscalationLevels fromJson(String json) {
        return new EscalationLevels(ReferenceFiles.parse(json));
    }

    public String version() {
        return policies.version();
    }

    public List<String> on(LocalDate date) {
        return policies.inForceOn(date);
    }

    /** Where every provider starts: the lowest level. */
    public String lowest(LocalDate date) {
        return on(date).get(0);
    }
}
