package uk.nhs.patientsafety.summit.reference;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import uk.nhs.patientsafety.reference.DatedPolicies;
import uk.nhs.patientsafety.reference.ReferenceFiles;
import uk.nhs.patientsafety.reference.calendar.ClockDuration;

/**
 * The rules that raise quality concerns automatically from incident events, as versioned configuration
 * ({@code reference/concern-rules.json}): a never event; a repeat of serious incidents at one provider within a
 * window; a theme assurance-service identified in a provider's trend. The rule in force on the event's date applies.
 */
@ApplicationScoped
public class ConcernRules {

    public static final String DATA_FILE = "reference/concern-rules.json";
    public static final String NEVER_EVENT = "never_event";
    public static final String REPEAT_SERIOUS_INCIDENTS = "repeat_serious_incidents";
    public static final String THEME_IDENTIFIED = "theme_identified";

    /** One period: whether each rule is on, and the repeat rule's count and window. */
    public record Period(
            boolean neverEvent,
            boolean repeatSeriousIncidents,
            int count,
            ClockDuration window,
            boolean themeIdentified) {}

    private final DatedPolicies<Period> policies;

    public ConcernRules() {
        this(ReferenceFiles.readResource(DATA_FILE));
    }

    private ConcernRules(JsonNode data) {
        this.policies = DatedPolicies.read(data, ConcernRules::period);
    }

    public static ConcernRules fromJson(String json) {
        return new ConcernRules(ReferenceFiles.parse(json));
    }

    private static Period period(JsonNode policy) {
        JsonNode repeat = policy.required("repeatSeriousIncidents");
        int count = repeat.required("count").asInt();
        if (count < 2) {
            throw new IllegalStateException("concern rules: repeatSeriousIncidents.count must be at least 2");
        }
        return new Period(
                policy.required("neverEvent").required("enabled").asBoolean(),
                repeat.required("enabled").asBoolean(),
                count,
                ClockDuration.parse(ReferenceFiles.requiredText(repeat, "window")),
                // Periods written before the assurance theme rule existed leave it off.
                policy.path("themeIdentified").path("enabled").asBoolean(false));
    }

    public String version() {
        return policies.version();
    }

    /** The rules in force on {@code date}; before the earliest period no rule applies (every rule off). */
    public Period inForceOn(LocalDate date) {
        try {
            return policies.inForceOn(date);
        } catch (IllegalArgumentException beforeAnyPolicy) {
            return new Period(
                    false,
                    false,
                    Integer.MAX_VALUE,
                    policies.inForceOn(LocalDate.MAX).window(),
                    false);
        }
    }
}
