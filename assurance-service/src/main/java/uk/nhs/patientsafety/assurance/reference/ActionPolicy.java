package uk.nhs.patientsafety.assurance.reference;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import uk.nhs.patientsafety.reference.DatedPolicies;
import uk.nhs.patientsafety.reference.ReferenceFiles;
import uk.nhs.patientsafety.reference.calendar.ClockDuration;
import uk.nhs.patientsafety.reference.calendar.WorkingDayCalendar;

/** When an agreed safety action's owner is warned that it falls due, as versioned configuration. */
@ApplicationScoped
public class ActionPolicy {

    public static final String DATA_FILE = "reference/action-policy.json";
    public static final String ACTION_DEADLINE = "safety_action_due";

    private final WorkingDayCalendar calendar;
    private final DatedPolicies<ClockDuration> policies;

    public ActionPolicy() {
        this(new WorkingDayCalendar());
    }

    @Inject
    public ActionPolicy(WorkingDayCalendar calendar) {
        this.calendar = calendar;
        JsonNode data = ReferenceFiles.readResource(DATA_FILE);
        this.policies = DatedPolicies.read(
                data, period -> ClockDuration.parse(ReferenceFiles.requiredText(period, "approachingLead")));
    }

    public LocalDate approachingOn(LocalDate due) {
        return policies.inForceOn(due).subtractFrom(due, calendar);
    }
}
