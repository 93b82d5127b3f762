package uk.nhs.patientsafety.summit.write.level;

import static uk.nhs.patientsafety.summit.fixtures.Times.at;
import static uk.nhs.patientsafety.summit.fixtures.Times.endOf;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.reference.calendar.WorkingDayCalendar;
import uk.nhs.patientsafety.summit.events.LevelEvents.*;
import uk.nhs.patientsafety.summit.reference.ClockPolicy;
import uk.nhs.patientsafety.summit.reference.EscalationLevels;
import uk.nhs.patientsafety.web.refusals.RuleViolation;

/** A provider's escalation level, given/when/then with time travel for its review date. */
class ProviderEscalationStatusTest {

    static final Instant NOW = at(LocalDate.of(2026, 11, 2), 9);
    static final LocalDate REVIEW = LocalDate.of(2027, 2, 1);

    FixtureConfiguration<ProviderEscalationStatus> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProviderEscalationStatus.class);
        fixture.registerInjectableResource(new ClockPolicy(new WorkingDayCalendar()));
        fixture.registerInjectableResource(new EscalationLevels());
        fixture.givenCurrentTime(NOW);
    }

    static ChangeLevel to(String level) {
        return new ChangeLevel("RT5", level, "ICB Chief Nursing Officer", "QK1", "Summit outcome.", REVIEW, NOW);
    }

    static EscalationLevelChanged changed(String from, String to) {
        return new EscalationLevelChanged(
                "RT5", from, to, "ICB Chief Nursing Officer", "QK1", "Summit outcome.", REVIEW);
    }

    @Test
    void aProviderStartsAtRoutineAndMovesUpOneStepRecordingWhoWhyAndTheReviewDate() {
        fixture.givenNoPriorActivity()
                .when(to("enhanced_surveillance"))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.<Object>equalTo(changed("routine", "enhanced_surveillance")),
                        Matchers.<Object>predicate(e ->
                                e instanceof LevelReviewScheduled s && s.dueOn().equals(REVIEW)),
                        Matchers.andNoMore())))
                .expectScheduledDeadlineWithName(endOf(REVIEW), ProviderEscalationStatus.REVIEW_DUE);
    }

    @Test
    void aLevelChangesOneStepAtATimeAndOnlyToAConfiguredLevel() {
        fixture.givenNoPriorActivity()
                .when(to("intensive_support"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.predicate(m -> m.toString().contains("one step")));
        fixture.givenNoPriorActivity().when(to("routine")).expectException(RuleViolation.class);
        fixture.givenNoPriorActivity().when(to("special_measures")).expectException(RuleViolation.class);
        fixture.given(changed("routine", "enhanced_surveillance"))
                .when(to("intensive_support"))
                .expectSuccessfulHandlerExecution();
        fixture.given(
                        changed("routine", "enhanced_surveillance"),
                        changed("enhanced_surveillance", "intensive_support"))
                .when(to("enhanced_surveillance"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theReviewDateIsAfterToday() {
        fixture.givenNoPriorActivity()
                .when(new ChangeLevel(
                        "RT5", "enhanced_surveillance", "CNO", "QK1", "x", LocalDate.of(2026, 11, 2), NOW))
                .expectException(RuleViolation.class);
    }

    @Test
    void aReviewDateThatPassesWithoutADecisionIsFlagged() {
        fixture.givenCommands(to("enhanced_surveillance"))
                .whenTimeAdvancesTo(at(REVIEW.plusDays(1), 9))
                .expectEvents(
                        new LevelReviewApproaching("RT5", endOf(REVIEW)),
                        new LevelReviewOverdue("RT5", REVIEW, endOf(REVIEW)));
    }

    @Test
    void aNewDecisionMovesTheReviewSoTheOldDateNeverFires() {
        LocalDate later = LocalDate.of(2027, 5, 3);
        fixture.givenCommands(
                        to("enhanced_surveillance"),
                        new ChangeLevel("RT5", "routine", "CNO", "QK1", "Improved.", later, NOW))
                .whenTimeAdvancesTo(at(REVIEW.plusDays(1), 9))
                .expectNoEvents();
    }
}
