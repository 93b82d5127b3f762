package uk.nhs.patientsafety.summit.reference;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import uk.nhs.patientsafety.reference.DatedPolicies;
import uk.nhs.patientsafety.reference.ReferenceFiles;
import uk.nhs.patientsafety.reference.calendar.ClockDuration;
import uk.nhs.patientsafety.reference.calendar.WorkingDayCalendar;

/**
 * The service's clocks as versioned configuration ({@code reference/clock-policy.json}): escalation acknowledgement
 * and response SLAs by direction, and how early each deadline counts as approaching. A clock uses the policy in
 * force on the day it starts, so a policy change never moves what is already running.
 */
@ApplicationScoped
public class ClockPolicy {

    public static final String DATA_FILE = "reference/clock-policy.json";

    /** The SLAs of one escalation direction. */
    public record Sla(ClockDuration acknowledgeWithin, ClockDuration respondWithin) {}

    /** One configuration period. */
    public record Period(
            ClockDuration concernReviewLead,
            ClockDuration summitActionLead,
            ClockDuration escalationLead,
            ClockDuration levelReviewLead,
            Map<Direction, Sla> escalation) {}

    private final WorkingDayCalendar calendar;
    private final DatedPolicies<Period> policies;

    public ClockPolicy() {
        this(new WorkingDayCalendar());
    }

    @Inject
    public ClockPolicy(WorkingDayCalendar calendar) {
        this(calendar, ReferenceFiles.readResource(DATA_FILE));
    }

    private ClockPolicy(WorkingDayCalendar calendar, JsonNode data) {
        this.calendar = calendar;
        this.policies = DatedPolicies.read(data, ClockPolicy::period);
    }

    public static ClockPolicy fromJson(String json, WorkingDayCalendar calendar) {
        return new ClockPolicy(calendar, ReferenceFiles.parse(json));
    }

    private static Period period(JsonNode policy) {
        Map<Direction, Sla> slas = new EnumMap<>(Direction.class);
        for (Direction direction : Direction.values()) {
            JsonNode sla = policy.required("escalation").required(direction.code());
            slas.put(
                    direction,
                    new Sla(
                            ClockDuration.parse(ReferenceFiles.requiredText(sla, "acknowledgeWithin")),
                            ClockDuration.parse(ReferenceFiles.requiredText(sla, "respondWithin"))));
        }
        return new Period(
                duration(policy, "concernReviewLead"),
                duration(policy, "summitActionLead"),
                duration(policy, "escalationLead"),
                duration(policy, "levelReviewLead"),
                slas);
    }

    private static ClockDuration duration(JsonNode policy, String field) {
        return ClockDuration.parse(ReferenceFiles.requiredText(policy, field));
    }

    public String version() {
        return policies.version();
    }

    public LocalDate concernReviewApproachingOn(LocalDate due) {
        return policies.inForceOn(due).concernReviewLead().subtractFrom(due, calendar);
    }

    public LocalDate summitActionApproachingOn(LocalDate due) {
        return policies.inForceOn(due).summitActionLead().subtractFrom(due, calendar);
    }

    public LocalDate escalationApproachingOn(LocalDate due) {
        return policies.inForceOn(due).escalationLead().subtractFrom(due, calendar);
    }

    public LocalDate levelReviewApproachingOn(LocalDate due) {
        return policies.inForceOn(due).levelReviewLead().subtractFrom(due, calendar);
    }

    /** When an escalation raised (or re-escalated) on {@code start} must be acknowledged. */
    public LocalDate acknowledgeBy(Direction direction, LocalDate start) {
        return policies.inForceOn(start)
                .escalation()
                .get(direction)
                .acknowledgeWithin()
                .addTo(start, calendar);
    }

    /** When an escalation acknowledged on {@code start} must be answered. */
    public LocalDate respondBy(Direction direction, LocalDate start) {
        return policies.inForceOn(start)
                .escalation()
                .get(direction)
                .respondWithin()
                .addTo(start, calendar);
    }
}
