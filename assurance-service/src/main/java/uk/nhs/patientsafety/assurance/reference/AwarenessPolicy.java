package uk.nhs.patientsafety.assurance.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import uk.nhs.patientsafety.reference.DatedPolicies;
import uk.nhs.patientsafety.reference.ReferenceFiles;
import uk.nhs.patientsafety.reference.calendar.ClockDuration;
import uk.nhs.patientsafety.reference.calendar.WorkingDayCalendar;

/** How soon an awareness item must be acknowledged (one working day), as versioned configuration. */
@ApplicationScoped
public class AwarenessPolicy {

    public static final String DATA_FILE = "reference/awareness-policy.json";
    public static final String ACKNOWLEDGE_DEADLINE = "awareness_acknowledge_1wd";

    private final WorkingDayCalendar calendar;
    private final DatedPolicies<ClockDuration> policies;

    public AwarenessPolicy() {
        this(new WorkingDayCalendar());
    }

    @Inject
    public AwarenessPolicy(WorkingDayCalendar calendar) {
        this.calendar = calendar;
        this.policies = DatedPolicies.read(
                ReferenceFiles.readResource(DATA_FILE),
                period -> ClockDuration.parse(ReferenceFiles.requiredText(period, "acknowledgeWithin")));
    }

    /** The day by whose end an item that qualified on {@code raisedOn} must be acknowledged. */
    public LocalDate dueDate(LocalDate raisedOn) {
        return policies.inForceOn(raisedOn).addTo(raisedOn, calendar);
    }
}
