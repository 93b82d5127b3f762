package uk.nhs.patientsafety.incident.reference;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.nhs.patientsafety.reference.DatedPolicies;
import uk.nhs.patientsafety.reference.ReferenceFiles;

/**
 * The nationally required responses under PSIRF (DOMAIN §3.5) as versioned configuration: which learning response an
 * incident of a nationally defined kind must have — a locally led PSII, or a referral to a named external body.
 * {@code never_event} is recognised from the never-event code; the others are reported as
 * {@code nationalRequirement}.
 */
@ApplicationScoped
public class NationalResponses {

    public static final String DATA_FILE = "reference/national-responses.json";
    public static final String NEVER_EVENT = "never_event";

    /** The response a requirement needs: a type, and for a referral the bodies it may go to. */
    public record Required(String requirement, String responseType, Set<String> externalBodies, String why) {

        public boolean allows(String chosenType, String externalBody) {
            return responseType.equals(chosenType)
                    && (externalBodies.isEmpty() || externalBodies.contains(externalBody));
        }

        /** What to choose, for the 422 that refuses anything else. */
        public String explain() {
            return "This incident's national requirement (" + requirement + ") decides its response: " + why + " ("
                    + responseType + (externalBodies.isEmpty() ? "" : " to " + String.join(" or ", externalBodies))
                    + ").";
        }
    }

    private final DatedPolicies<Map<String, Required>> policies;

    public NationalResponses() {
        this(ReferenceFiles.readResource(DATA_FILE));
    }

    private NationalResponses(JsonNode data) {
        this.policies = DatedPolicies.read(data, NationalResponses::period);
    }

    public static NationalResponses fromJson(InputStream json) {
        return new NationalResponses(ReferenceFiles.read(json));
    }

    private static Map<String, Required> period(JsonNode policy) {
        Map<String, Required> requirements = new LinkedHashMap<>();
        policy.required("requirements").fields().forEachRemaining(entry -> {
            JsonNode value = entry.getValue();
            String type = ReferenceFiles.requiredText(value, "responseType");
            Set<String> bodies = new LinkedHashSet<>();
            value.path("externalBodies").forEach(body -> bodies.add(body.asText()));
            if (!Vocabularies.LEARNING_RESPONSES.contains(type)
                    || type.equals("none")
                    || type.equals("referred_external") == bodies.isEmpty()
                    || !Vocabularies.EXTERNAL_BODIES.containsAll(bodies)) {
                throw new IllegalStateException("national response " + entry.getKey() + " in " + DATA_FILE
                        + " must be a learning response other than none, with external bodies exactly for a referral");
            }
            requirements.put(
                    entry.getKey(),
                    new Required(entry.getKey(), type, Set.copyOf(bodies), ReferenceFiles.requiredText(value, "why")));
        });
        if (!requirements.containsKey(NEVER_EVENT)) {
            throw new IllegalStateException(DATA_FILE + " must say what a never event needs");
        }
        return Map.copyOf(requirements);
    }

    public String version() {
        return policies.version();
    }

    /** Whether a provider may report this requirement on that day (never events come from their own code). */
    public boolean isReportable(String requirement, LocalDate on) {
        return !NEVER_EVENT.equals(requirement) && policies.inForceOn(on).containsKey(requirement);
    }

    public Set<String> reportable(LocalDate on) {
        Set<String> codes = new java.util.TreeSet<>(policies.inForceOn(on).keySet());
        codes.remove(NEVER_EVENT);
        return codes;
    }

    public Optional<Required> required(String requirement, LocalDate on) {
        return requirement == null
                ? Optional.empty()
                : Optional.ofNullable(policies.inForceOn(on).get(requirement));
    }
}
