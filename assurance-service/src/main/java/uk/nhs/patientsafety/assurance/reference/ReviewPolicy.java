package uk.nhs.patientsafety.assurance.reference;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import uk.nhs.patientsafety.reference.DatedPolicies;
import uk.nhs.patientsafety.reference.ReferenceFiles;
import uk.nhs.patientsafety.reference.calendar.ClockDuration;
import uk.nhs.patientsafety.reference.calendar.WorkingDayCalendar;

/**
 * How long the commissioner's review of an investigation report runs (SIF 2015: 20 calendar days of receipt; some
 * ICBs count working days), as versioned configuration with effective-from dates and per-ICB rules: a review uses the
 * policy in force on the day the report was received, so a policy change never moves a review already running.
 */
@ApplicationScoped
public class ReviewPolicy {

    public static final String DATA_FILE = "reference/review-policy.json";
    /** The deadline's name in events and on the wire, whatever its unit. */
    public static final String REVIEW_DEADLINE = "commissioner_review_20d";

    record Period(ClockDuration review, ClockDuration approachingLead, Map<String, ClockDuration> commissioners) {}

    private final WorkingDayCalendar calendar;
    private final DatedPolicies<Period> policies;

    public ReviewPolicy() {
        this(new WorkingDayCalendar());
    }

    @Inject
    public ReviewPolicy(WorkingDayCalendar calendar) {
        this(calendar, ReferenceFiles.readResource(DATA_FILE));
    }

    private ReviewPolicy(WorkingDayCalendar calendar, JsonNode data) {
        this.calendar = calendar;
        this.policies = DatedPolicies.read(data, ReviewPolicy::period);
    }

    public static ReviewPolicy fromJson(String json, WorkingDayCalendar calendar) {
        return new ReviewPolicy(calendar, ReferenceFiles.parse(json));
    }

    private static Period period(JsonNode policy) {
        Map<String, ClockDuration> commissioners = new HashMap<>();
        policy.path("commissioners")
                .fields()
                .forEachRemaining(e -> commissioners.put(
                        e.getKey(), ClockDuration.parse(e.getValue().asText())));
        return new Period(
                ClockDuration.parse(ReferenceFiles.requiredText(policy, "reviewDuration")),
                ClockDuration.parse(ReferenceFiles.requiredText(policy, "approachingLead")),
                Map.copyOf(commissioners));
    }

    public String version() {
        return policies.version();
    }

    /** The review's length for a report {@code commissionerOds} received on {@code receivedOn}. */
    public ClockDuration reviewDuration(String commissionerOds, LocalDate receivedOn) {
        Period period = policies.inForceOn(receivedOn);
        return period.commissioners().getOrDefault(commissionerOds, period.review());
    }

    /** The day the review is due: its length counted from the day of receipt, under the policy in force that day. */
    public LocalDate dueDate(String commissionerOds, LocalDate receivedOn) {
        return reviewDuration(commissionerOds, receivedOn).addTo(receivedOn, calendar);
    }

    /** When a review due on {@code due} starts to count as approaching. */
    public LocalDate approachingOn(LocalDate due) {
        return policies.inForceOn(due).approachingLead().subtractFrom(due, calendar);
    }
}
