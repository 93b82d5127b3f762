package uk.nhs.patientsafety.incident.reference;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import uk.nhs.patientsafety.reference.DatedPolicies;
import uk.nhs.patientsafety.reference.ReferenceFiles;
import uk.nhs.patientsafety.reference.calendar.ClockDuration;
import uk.nhs.patientsafety.reference.calendar.WorkingDayCalendar;

/**
 * How long each SIF deadline runs, as versioned configuration with effective-from dates: a deadline uses the policy
 * in force on the day its clock starts, so a policy change never moves deadlines already running.
 */
@ApplicationScoped
public class DeadlinePolicy {

    public static final String DATA_FILE = "reference/deadline-policy.json";

    /** One configuration period: every deadline type the policy sets must have a duration. */
    public record Period(Map<DeadlineType, ClockDuration> durations, ClockDuration approachingLead) {
        public Period {
            durations = Map.copyOf(durations);
        }
    }

    private final WorkingDayCalendar calendar;
    private final DatedPolicies<Period> policies;

    /** The default calendar and policy files; CDI itself injects the calendar through the other constructor. */
    public DeadlinePolicy() {
        this(new WorkingDayCalendar());
    }

    @Inject
    public DeadlinePolicy(WorkingDayCalendar calendar) {
        this(calendar, ReferenceFiles.readResource(DATA_FILE));
    }

    private DeadlinePolicy(WorkingDayCalendar calendar, JsonNode data) {
        this.calendar = calendar;
        this.policies = DatedPolicies.read(data, DeadlinePolicy::period);
    }

    private static Period period(JsonNode policy) {
        Map<DeadlineType, ClockDuration> durations = new EnumMap<>(DeadlineType.class);
        policy.required("durations")
                .fields()
                .forEachRemaining(entry -> durations.put(
                        DeadlineType.fromCode(entry.getKey())
                                .orElseThrow(() -> new IllegalStateException(
                                        "unknown deadline type in clock policy: " + entry.getKey())),
                        ClockDuration.parse(entry.getValue().asText())));
        for (DeadlineType type : DeadlineType.values()) {
            if (type.fromPolicy() != durations.containsKey(type)) {
                throw new IllegalStateException("clock policy effective "
                        + policy.path("effectiveFrom").asText()
                        + (type.fromPolicy() ? " has no duration for " : " sets an agreed deadline: ")
                        + type.code());
            }
        }
        return new Period(durations, ClockDuration.parse(ReferenceFiles.requiredText(policy, "approachingLead")));
    }

    public static DeadlinePolicy fromJson(String json, WorkingDayCalendar calendar) {
        return new DeadlinePolicy(calendar, ReferenceFiles.parse(json));
    }

    public static DeadlinePolicy fromJson(InputStream json, WorkingDayCalendar calendar) {
        return new DeadlinePolicy(calendar, ReferenceFiles.read(json));
    }

    public String version() {
        return policies.version();
    }

    /** The duration of a deadline under the policy in force on {@code asOf}. */
    public ClockDuration durationOf(DeadlineType type, LocalDate asOf) {
        return policies.inForceOn(asOf).durations().get(type);
    }

    /** The due date of a deadline whose clock starts on {@code start}, under the policy in force that day. */
    public LocalDate dueDate(DeadlineType type, LocalDate start) {
        return durationOf(type, start).addTo(start, calendar);
    }

    /** When a deadline due on {@code due} starts to count as approaching. */
    public LocalDate approachingOn(LocalDate due) {
        return policies.inForceOn(due).approachingLead().subtractFrom(due, calendar);
    }
}
