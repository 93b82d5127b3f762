package uk.nhs.patientsafety.assurance.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.reference.calendar.WorkingDayCalendar;

/** The review period as versioned configuration: SIF's 20 calendar days, local working-day rules, dated changes. */
class ReviewPolicyTest {

    final WorkingDayCalendar calendar = new WorkingDayCalendar();

    @Test
    void sif2015GivesTwentyCalendarDaysFromReceipt() {
        ReviewPolicy policy = new ReviewPolicy(calendar);

        assertThat(policy.reviewDuration("QWU", LocalDate.of(2025, 12, 19)).text())
                .isEqualTo("20CD");
        // Christmas does not stop a calendar-day clock.
        assertThat(policy.dueDate("QWU", LocalDate.of(2025, 12, 19))).isEqualTo(LocalDate.of(2026, 1, 8));
    }

    @Test
    void anIcbsOwnRuleAndAPolicyChangeApplyFromTheirDatesOnly() {
        ReviewPolicy policy = ReviewPolicy.fromJson(
                """
                {"version": "test", "policies": [
                  {"effectiveFrom": "2015-03-27", "reviewDuration": "20CD", "approachingLead": "3WD"},
                  {"effectiveFrom": "2026-01-01", "reviewDuration": "20CD", "approachingLead": "3WD",
                   "commissioners": {"QWU": "20WD"}}]}
                """,
                calendar);

        assertThat(policy.dueDate("QWU", LocalDate.of(2025, 12, 19))).isEqualTo(LocalDate.of(2026, 1, 8));
        // From 2026 QWU counts working days: 20 working days from Friday 9 January 2026 is Friday 6 February.
        assertThat(policy.dueDate("QWU", LocalDate.of(2026, 1, 9))).isEqualTo(LocalDate.of(2026, 2, 6));
        assertThat(policy.dueDate("QK1", LocalDate.of(2026, 1, 9))).isEqualTo(LocalDate.of(2026, 1, 29));
    }

    @Test
    void theWarningComesThreeWorkingDaysBeforeTheDueDay() {
        ReviewPolicy policy = new ReviewPolicy(calendar);

        // Wednesday 7 May 2025, counting back over the early May bank holiday: 6 May, 2 May, 1 May.
        assertThat(policy.approachingOn(LocalDate.of(2025, 5, 7))).isEqualTo(LocalDate.of(2025, 5, 1));
    }
}
