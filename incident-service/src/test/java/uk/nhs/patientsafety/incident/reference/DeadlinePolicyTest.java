package uk.nhs.patientsafety.incident.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.reference.calendar.WorkingDayCalendar;

class DeadlinePolicyTest {

    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar();
    private static final LocalDate IDENTIFIED = LocalDate.parse("2025-04-17");

    @Test
    void the_shipped_policy_gives_the_sif_2015_deadlines() {
        DeadlinePolicy policy = new DeadlinePolicy(CALENDAR);
        assertThat(policy.dueDate(DeadlineType.STEIS_2WD, IDENTIFIED)).isEqualTo(LocalDate.parse("2025-04-23"));
        assertThat(policy.dueDate(DeadlineType.INITIAL_REVIEW_3WD, IDENTIFIED))
                .isEqualTo(LocalDate.parse("2025-04-24"));
        assertThat(policy.dueDate(DeadlineType.REPORT_60WD, IDENTIFIED)).isEqualTo(LocalDate.parse("2025-07-16"));
        assertThat(policy.dueDate(DeadlineType.INDEPENDENT_6M, IDENTIFIED)).isEqualTo(LocalDate.parse("2025-10-17"));
        assertThat(policy.version()).isNotBlank();
    }

    @Test
    void approaching_is_one_working_day_before_due() {
        DeadlinePolicy policy = new DeadlinePolicy(CALENDAR);
        assertThat(policy.approachingOn(LocalDate.parse("2025-04-23"))).isEqualTo(LocalDate.parse("2025-04-22"));
        assertThat(policy.approachingOn(LocalDate.parse("2025-04-22"))).isEqualTo(LocalDate.parse("2025-04-17"));
    }

    @Test
    void a_later_policy_applies_only_from_its_effective_date() {
        DeadlinePolicy policy = DeadlinePolicy.fromJson(
                """
                {"version":"test","policies":[
                  {"effectiveFrom":"2015-03-27","approachingLead":"1WD","durations":
                    {"steis_2wd":"2WD","initial_review_3wd":"3WD","report_60wd":"60WD","independent_6m":"6M"}},
                  {"effectiveFrom":"2027-01-01","approachingLead":"2WD","durations":
                    {"steis_2wd":"5WD","initial_review_3wd":"3WD","report_60wd":"20CD","independent_6m":"6M"}}
                ]}
                """,
                CALENDAR);
        assertThat(policy.durationOf(DeadlineType.STEIS_2WD, LocalDate.parse("2026-12-31"))
                        .text())
                .isEqualTo("2WD");
        assertThat(policy.durationOf(DeadlineType.STEIS_2WD, LocalDate.parse("2027-01-01"))
                        .text())
                .isEqualTo("5WD");
        // Thu 31 Dec 2026: 2 WD skips New Year's Day and the weekend.
        assertThat(policy.dueDate(DeadlineType.STEIS_2WD, LocalDate.parse("2026-12-31")))
                .isEqualTo(LocalDate.parse("2027-01-05"));
        assertThat(policy.dueDate(DeadlineType.REPORT_60WD, LocalDate.parse("2027-01-04")))
                .isEqualTo(LocalDate.parse("2027-01-24"));
        assertThat(policy.approachingOn(LocalDate.parse("2027-01-06"))).isEqualTo(LocalDate.parse("2027-01-04"));
        assertThat(policy.approachingOn(LocalDate.parse("2026-12-30"))).isEqualTo(LocalDate.parse("2026-12-29"));
    }

    @Test
    void no_policy_before_the_earliest_effective_date() {
        DeadlinePolicy policy = new DeadlinePolicy(CALENDAR);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> policy.durationOf(DeadlineType.STEIS_2WD, LocalDate.parse("2015-03-26")))
                .withMessageContaining("2015-03-27");
    }

    @Test
    void a_policy_missing_a_deadline_type_is_refused_at_load() {
        assertThatIllegalStateException()
                .isThrownBy(() -> DeadlinePolicy.fromJson(
                        """
                        {"version":"bad","policies":[{"effectiveFrom":"2015-03-27","approachingLead":"1WD",
                          "durations":{"steis_2wd":"2WD"}}]}
                        """,
                        CALENDAR))
                .withMessageContaining("initial_review_3wd");
    }

    @Test
    void an_agreed_deadline_has_no_length_in_the_policy() {
        // A stopped clock's review date is agreed by the commissioner, never a length of the policy's.
        assertThatIllegalStateException()
                .isThrownBy(() -> DeadlinePolicy.fromJson(
                        """
                        {"version":"bad","policies":[{"effectiveFrom":"2015-03-27","approachingLead":"1WD",
                          "durations":{"steis_2wd":"2WD","initial_review_3wd":"3WD","report_60wd":"60WD",
                          "independent_6m":"6M","clock_stop_review":"20WD"}}]}
                        """,
                        CALENDAR))
                .withMessageContaining("clock_stop_review");
    }

    @Test
    void deadline_types_have_lowercase_wire_names() {
        assertThat(DeadlineType.STEIS_2WD.code()).isEqualTo("steis_2wd");
        assertThat(DeadlineType.INITIAL_REVIEW_3WD.code()).isEqualTo("initial_review_3wd");
        assertThat(DeadlineType.REPORT_60WD.code()).isEqualTo("report_60wd");
        assertThat(DeadlineType.INDEPENDENT_6M.code()).isEqualTo("independent_6m");
        assertThat(DeadlineType.fromCode("report_60wd")).contains(DeadlineType.REPORT_60WD);
    }
}
