package uk.nhs.patientsafety.incident.clocks;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.nhs.patientsafety.incident.reference.ReferenceFiles;

/**
 * How long each deadline runs, as versioned configuration with effective-from dates: a deadline uses the policy in
 * force on the day its clock starts, so a policy change never moves deadlines already running.
 */
@ApplicationScoped
public class ClockPolicy {

    public static final String DATA_FILE = "reference/clock-policy.json";

    /** One configuration period: every deadline type must have a duration. */
    public record Period(
            LocalDate effectiveFrom, Map<DeadlineType, ClockDuration> durations, ClockDuration approachingLead) {
        public Period {
            durations = Map.copyOf(durations);
            for (DeadlineType type : DeadlineType.values()) {
                if (!durations.containsKey(type)) {
                    throw new IllegalStateException(
                            "clock policy effective " + effectiveFrom + " has no duration for " + type.code());
                }
            }
        }
    }

    private final WorkingDayCalendar calendar;
    private final String version;
    private final List<Period> periods; // latest first

    /** The default calendar and policy files; CDI itself injects the calendar through the other constructor. */
    public ClockPolicy() {
        this(new WorkingDayCalendar());
    }

    @Inject
    public ClockPolicy(WorkingDayCalendar calendar) {
        this(calendar, ReferenceFiles.readResource(DATA_FILE));
    }

    private ClockPolicy(WorkingDayCalendar calendar, JsonNode data) {
        this.calendar = calendar;
        this.version = ReferenceFiles.requiredText(data, "version");
        List<Period> read = new ArrayList<>();
        for (JsonNode policy : data.required("policies")) {
            Map<DeadlineType, ClockDuration> durations = new EnumMap<>(DeadlineType.class);
            policy.required("durations")
                    .fields()
                    .forEachRemaining(entry -> durations.put(
                            DeadlineType.fromCode(entry.getKey())
                                    .orElseThrow(() -> new IllegalStateException(
                                            "unknown deadline type in clock policy: " + entry.getKey())),
                            ClockDuration.parse(entry.getValue().asText())));
            read.add(new Period(
                    LocalDate.parse(ReferenceFiles.requiredText(policy, "effectiveFrom")),
                    durations,
                    ClockDuration.parse(ReferenceFiles.requiredText(policy, "approachingLead"))));
        }
        if (read.isEmpty()) {
            throw new IllegalStateException("clock policy has no policies");
        }
        read.sort(Comparator.comparing(Period::effectiveFrom).reversed());
        this.periods = List.copyOf(read);
    }

    public static ClockPolicy fromJson(String json, WorkingDayCalendar calendar) {
        return new ClockPolicy(calendar, ReferenceFiles.parse(json));
    }

    public static ClockPolicy fromJson(InputStream json, WorkingDayCalendar calendar) {
        return new ClockPolicy(calendar, ReferenceFiles.read(json));
    }

    public String version() {
        return version;
    }

    /** The duration of a deadline under the policy in force on {@code asOf}. */
    public ClockDuration durationOf(DeadlineType type, LocalDate asOf) {
        return periodOn(asOf).durations().get(type);
    }

    /** The due date of a deadline whose clock starts on {@code start}, under the policy in force that day. */
    public LocalDate dueDate(DeadlineType type, LocalDate start) {
        return durationOf(type, start).addTo(start, calendar);
    }

    /** When a deadline due on {@code due} starts to count as approaching. */
    public LocalDate approachingOn(LocalDate due) {
        return periodOn(due).approachingLead().subtractFrom(due, calendar);
    }

    private Period periodOn(LocalDate date) {
        return periods.stream()
                .filter(period -> !period.effectiveFrom().isAfter(date))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no clock policy in force on " + date
                        + "; the earliest takes effect on "
                        + periods.get(periods.size() - 1).effectiveFrom()));
    }
}
