package uk.nhs.patientsafety.candour.reference;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.nhs.patientsafety.reference.DatedPolicies;
import uk.nhs.patientsafety.reference.ReferenceFiles;
import uk.nhs.patientsafety.reference.calendar.ClockDuration;
import uk.nhs.patientsafety.reference.calendar.WorkingDayCalendar;

/**
 * Regulation 20's two definitions of a notifiable safety incident and the contractual notification target, as
 * versioned configuration with effective-from dates ({@code reference/candour-policy.json}): the ruleset and its
 * harm list follow the policy in force on the incident date, the target the one in force on the day it was reported.
 */
@ApplicationScoped
public class CandourPolicy {

    public static final String DATA_FILE = "reference/candour-policy.json";
    public static final String REG20_8 = "reg20_8";
    public static final String REG20_9 = "reg20_9";

    /** Harm grades as published by incident-service, least to most severe. */
    public static final List<String> HARMS = List.of("none", "low", "moderate", "severe", "fatal");

    /** One ruleset: who falls under it, what the screen flags, and which harms meet its threshold. */
    public record Ruleset(
            Set<String> providerTypes,
            boolean potentialHarmCounts,
            Set<String> screenHarms,
            boolean screenNeverEvents,
            List<String> harmCategories) {}

    public record Period(
            ClockDuration notificationTarget,
            ClockDuration writtenNotificationTarget,
            ClockDuration approachingLead,
            String unknownProviderType,
            Map<String, Ruleset> rulesets) {}

    /** What a screen decided, and by which harm ({@code screenedHarm} null when uncertain). */
    public record Screen(String ruleset, String screenedHarm, boolean uncertain, boolean assessmentRequired) {}

    private final WorkingDayCalendar calendar;
    private final DatedPolicies<Period> policies;

    public CandourPolicy() {
        this(new WorkingDayCalendar());
    }

    @Inject
    public CandourPolicy(WorkingDayCalendar calendar) {
        this(calendar, ReferenceFiles.readResource(DATA_FILE));
    }

    private CandourPolicy(WorkingDayCalendar calendar, JsonNode data) {
        this.calendar = calendar;
        this.policies = DatedPolicies.read(data, CandourPolicy::period);
    }

    public static CandourPolicy fromJson(InputStream json, WorkingDayCalendar calendar) {
        return new CandourPolicy(calendar, ReferenceFiles.read(json));
    }

    public static CandourPolicy fromJson(String json, WorkingDayCalendar calendar) {
        return new CandourPolicy(calendar, ReferenceFiles.parse(json));
    }

    private static Period period(JsonNode policy) {
        Map<String, Ruleset> rulesets = new LinkedHashMap<>();
        policy.required("rulesets").fields().forEachRemaining(entry -> {
            JsonNode r = entry.getValue();
            rulesets.put(
                    entry.getKey(),
                    new Ruleset(
                            Set.copyOf(strings(r.required("providerTypes"))),
                            r.required("potentialHarmCounts").asBoolean(),
                            Set.copyOf(strings(r.required("screenHarms"))),
                            r.required("screenNeverEvents").asBoolean(),
                            List.copyOf(strings(r.required("harmCategories")))));
        });
        if (!rulesets.keySet().equals(Set.of(REG20_8, REG20_9))) {
            throw new IllegalStateException("candour policy effective "
                    + policy.path("effectiveFrom").asText() + " must define exactly " + REG20_8 + " and " + REG20_9);
        }
        String unknown = ReferenceFiles.requiredText(policy, "unknownProviderType");
        if (!rulesets.containsKey(unknown)) {
            throw new IllegalStateException("unknownProviderType must name a ruleset: " + unknown);
        }
        return new Period(
                ClockDuration.parse(ReferenceFiles.requiredText(policy, "notificationTarget")),
                ClockDuration.parse(ReferenceFiles.requiredText(policy, "writtenNotificationTarget")),
                ClockDuration.parse(ReferenceFiles.requiredText(policy, "approachingLead")),
                unknown,
                Map.copyOf(rulesets));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    public String version() {
        return policies.version();
    }

    /**
     * The ruleset for a provider type on the incident date: 20(8) for a health service body, 20(9) for any other
     * registered person; empty when the type is not known (the screen then uses the policy's wider default).
     */
    public Optional<String> rulesetFor(String providerType, LocalDate incidentDate) {
        if (providerType == null) {
            return Optional.empty();
        }
        return policies.inForceOn(incidentDate).rulesets().entrySet().stream()
                .filter(e -> e.getValue().providerTypes().contains(providerType))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    public Ruleset ruleset(String ruleset, LocalDate incidentDate) {
        return policies.inForceOn(incidentDate).rulesets().get(ruleset);
    }

    /**
     * The provisional screen (DOMAIN §10.4, §6.1): the worse of the physical and psychological grades; when neither is
     * recorded the harm is uncertain and the most relevant harm is assumed, so an assessment is required. Under 20(8)
     * ("could result in") a never event is screened in whatever harm it caused. The screen never decides the duty:
     * a healthcare professional's assessment does.
     */
    public Screen screen(
            String providerType, LocalDate incidentDate, String physicalHarm, String psychologicalHarm, boolean never) {
        Period period = policies.inForceOn(incidentDate);
        String ruleset = rulesetFor(providerType, incidentDate).orElse(null);
        Ruleset rules = period.rulesets().get(ruleset != null ? ruleset : period.unknownProviderType());
        String worst = worse(physicalHarm, psychologicalHarm);
        if (worst == null) {
            return new Screen(ruleset, null, true, true);
        }
        boolean required = rules.screenHarms().contains(worst) || (never && rules.screenNeverEvents());
        return new Screen(ruleset, worst, false, required);
    }

    /** The worse of two grades (null when neither is given). */
    public static String worse(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return rank(a) >= rank(b) ? a : b;
    }

    /** A grade's place in {@link #HARMS}; -1 when null or unknown. */
    public static int rank(String harm) {
        return harm == null ? -1 : HARMS.indexOf(harm);
    }

    /** The contractual target for notification in person: the target's length after the day of the report. */
    public LocalDate notificationDue(LocalDate reportedOn) {
        return policies.inForceOn(reportedOn).notificationTarget().addTo(reportedOn, calendar);
    }

    /** The contractual target for the written notification (20(4)), also counted from the day of the report. */
    public LocalDate writtenNotificationDue(LocalDate reportedOn) {
        return policies.inForceOn(reportedOn).writtenNotificationTarget().addTo(reportedOn, calendar);
    }

    public LocalDate approachingOn(LocalDate due) {
        return policies.inForceOn(due).approachingLead().subtractFrom(due, calendar);
    }
}
