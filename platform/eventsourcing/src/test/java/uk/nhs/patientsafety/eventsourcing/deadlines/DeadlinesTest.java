package uk.nhs.patientsafety.eventsourcing.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.eventsourcing.deadlines.Errand.*;
import uk.nhs.patientsafety.reference.England;

/** The platform's deadlines inside an aggregate, given/when/then with time travel. Dates in British Summer Time. */
class DeadlinesTest {

    static final String ID = "errand-1";
    static final LocalDate MONDAY = LocalDate.of(2025, 6, 2);
    static final LocalDate FRIDAY = LocalDate.of(2025, 6, 6);
    static final Instant NOW = at(MONDAY, 9);

    FixtureConfiguration<Errand> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Errand.class);
        fixture.givenCurrentTime(NOW);
    }

    static Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(England.ZONE).toInstant();
    }

    static DueSet dueSet(LocalDate dueOn, int schedule) {
        return new DueSet(ID, "reply", dueOn, England.endOf(dueOn), "a" + schedule, "b" + schedule);
    }

    @Test
    void a_deadline_is_due_by_the_end_of_its_day_in_england_and_warned_of_from_the_start_of_its_warning_day() {
        fixture.given(new Started(ID))
                .when(new SetDue(ID, "reply", FRIDAY, FRIDAY.minusDays(1), NOW))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e instanceof DueSet set
                                && set.dueOn().equals(FRIDAY)
                                && set.dueAt().equals(Instant.parse("2025-06-06T23:00:00Z"))
                                && set.approachingId() != null
                                && set.breachId() != null),
                        andNoMore())))
                // 23:00 UTC: midnight at the end of Friday in British Summer Time.
                .expectScheduledDeadlineWithName(Instant.parse("2025-06-06T23:00:00Z"), Errand.DUE)
                .expectScheduledDeadlineWithName(Instant.parse("2025-06-04T23:00:00Z"), Errand.APPROACHING);
    }

    @Test
    void it_warns_from_the_warning_day() {
        fixture.given(new Started(ID))
                .andGivenCommands(new SetDue(ID, "reply", FRIDAY, FRIDAY.minusDays(1), NOW))
                .whenTimeAdvancesTo(at(FRIDAY, 12))
                .expectEvents(new Approaching(ID, "reply", England.endOf(FRIDAY)))
                .expectScheduledDeadlineWithName(England.endOf(FRIDAY), Errand.DUE);
    }

    @Test
    void it_warns_once_and_breaches_once_the_day_has_passed() {
        fixture.given(new Started(ID))
                .andGivenCommands(new SetDue(ID, "reply", FRIDAY, FRIDAY.minusDays(1), NOW))
                .whenTimeAdvancesTo(at(FRIDAY.plusDays(1), 1))
                .expectEvents(
                        new Approaching(ID, "reply", England.endOf(FRIDAY)),
                        new Breached(ID, "reply", England.endOf(FRIDAY)))
                .expectNoScheduledDeadlines();
    }

    @Test
    void a_deadline_already_past_when_set_is_breached_without_a_warning() {
        fixture.given(new Started(ID))
                .andGivenCommands(new SetDue(ID, "reply", MONDAY.minusDays(1), MONDAY.minusDays(2), NOW))
                .whenTimeElapses(Duration.ofSeconds(1))
                .expectEvents(new Breached(ID, "reply", England.endOf(MONDAY.minusDays(1))));
    }

    @Test
    void a_warning_day_already_reached_warns_at_once() {
        fixture.given(new Started(ID))
                .andGivenCommands(new SetDue(ID, "reply", FRIDAY, MONDAY.minusDays(3), NOW))
                .whenTimeElapses(Duration.ofSeconds(1))
                .expectEvents(new Approaching(ID, "reply", England.endOf(FRIDAY)));
    }

    @Test
    void a_met_deadline_cancels_its_timers_and_never_breaches() {
        fixture.given(new Started(ID))
                .andGivenCommands(new SetDue(ID, "reply", FRIDAY, FRIDAY.minusDays(1), NOW))
                .when(new Finish(ID, "reply"))
                .expectEvents(new Finished(ID, "reply"))
                .expectNoScheduledDeadlines();
    }

    @Test
    void once_met_time_passing_raises_nothing() {
        fixture.given(new Started(ID))
                .andGivenCommands(new SetDue(ID, "reply", FRIDAY, FRIDAY.minusDays(1), NOW), new Finish(ID, "reply"))
                .whenTimeAdvancesTo(at(FRIDAY.plusDays(7), 9))
                .expectNoEvents();
    }

    @Test
    void meeting_a_deadline_twice_or_one_never_set_records_nothing() {
        fixture.given(new Started(ID), dueSet(FRIDAY, 1), new Finished(ID, "reply"))
                .when(new Finish(ID, "reply"))
                .expectNoEvents();
        fixture.given(new Started(ID)).when(new Finish(ID, "other")).expectNoEvents();
    }

    @Test
    void a_breached_deadline_still_runs_and_can_be_met_late() {
        fixture.given(new Started(ID), dueSet(FRIDAY, 1), new Breached(ID, "reply", England.endOf(FRIDAY)))
                .when(new Finish(ID, "reply"))
                .expectEvents(new Finished(ID, "reply"));
    }

    @Test
    void moving_a_deadline_cancels_the_old_timers() {
        LocalDate later = FRIDAY.plusDays(7);
        fixture.given(new Started(ID))
                .andGivenCommands(new SetDue(ID, "reply", FRIDAY, FRIDAY.minusDays(1), NOW))
                .when(new SetDue(ID, "reply", later, later.minusDays(1), NOW))
                .expectScheduledDeadlineWithName(England.endOf(later), Errand.DUE)
                .expectNoScheduledDeadlineWithName(England.endOf(FRIDAY), Errand.DUE);
    }

    @Test
    void a_moved_deadline_is_silent_at_its_old_time_and_fires_at_its_new_one() {
        LocalDate later = FRIDAY.plusDays(7);
        SetDue first = new SetDue(ID, "reply", FRIDAY, FRIDAY.minusDays(1), NOW);
        SetDue moved = new SetDue(ID, "reply", later, later.minusDays(1), NOW);
        fixture.given(new Started(ID))
                .andGivenCommands(first, moved)
                .whenTimeAdvancesTo(at(FRIDAY.plusDays(1), 9))
                .expectNoEvents();
        fixture.given(new Started(ID))
                .andGivenCommands(first, moved)
                .whenTimeAdvancesTo(at(later.plusDays(1), 9))
                .expectEvents(
                        new Approaching(ID, "reply", England.endOf(later)),
                        new Breached(ID, "reply", England.endOf(later)));
    }

    @Test
    void a_stale_trigger_for_a_due_time_that_has_moved_is_ignored() {
        Deadlines deadlines = new Deadlines(Errand.APPROACHING, Errand.DUE);
        deadlines.recordSet("reply", FRIDAY, England.endOf(FRIDAY), "a", "b");

        assertThat(deadlines.breached(new DeadlineTrigger("reply", England.endOf(FRIDAY.minusDays(1)))))
                .isEmpty();
        assertThat(deadlines.breached(new DeadlineTrigger("reply", England.endOf(FRIDAY))))
                .isPresent();
        deadlines.recordWarned("reply");
        assertThat(deadlines.approaching(new DeadlineTrigger("reply", England.endOf(FRIDAY))))
                .as("warned once only")
                .isEmpty();
        deadlines.recordState("reply", DeadlineState.MET);
        assertThat(deadlines.breached(new DeadlineTrigger("reply", England.endOf(FRIDAY))))
                .as("met")
                .isEmpty();
    }

    @Test
    void pausing_stops_every_running_deadline_and_leaves_met_ones_alone() {
        fixture.given(
                        new Started(ID),
                        dueSet(FRIDAY, 1),
                        new DueSet(ID, "chase", FRIDAY, England.endOf(FRIDAY), "a2", "b2"),
                        new DueSet(ID, "done", FRIDAY, England.endOf(FRIDAY), "a3", "b3"),
                        new Finished(ID, "done"))
                .when(new PauseAll(ID))
                .expectEvents(new Paused(ID, "reply"), new Paused(ID, "chase"));
    }

    @Test
    void states_have_lower_case_names_and_breached_still_runs() {
        assertThat(DeadlineState.BREACHED.code()).isEqualTo("breached");
        assertThat(DeadlineState.BREACHED.running()).isTrue();
        assertThat(DeadlineState.OPEN.running()).isTrue();
        assertThat(DeadlineState.MET.running()).isFalse();
        assertThat(DeadlineState.SUSPENDED.running()).isFalse();
    }
}
