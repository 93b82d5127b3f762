package uk.nhs.patientsafety.summit.write.summit;

import static uk.nhs.patientsafety.summit.fixtures.Times.at;
import static uk.nhs.patientsafety.summit.fixtures.Times.endOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.reference.calendar.WorkingDayCalendar;
import uk.nhs.patientsafety.summit.events.SummitEvents.*;
import uk.nhs.patientsafety.summit.reference.ClockPolicy;
import uk.nhs.patientsafety.summit.write.summit.SummitCommands.*;
import uk.nhs.patientsafety.web.refusals.IllegalTransition;
import uk.nhs.patientsafety.web.refusals.RuleViolation;

/**
 * The risk summit aggregate, given/when/then with time travel: the Leicestershire Partnership summit of August 2013
 * (seeds 000 and 001) replayed in November 2026.
 */
class RiskSummitTest {

    static final String ID = "summit-1";
    static final String RT5 = "RT5";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    static final Instant NOW = at(TODAY, 9);
    static final LocalDate MEETS_ON = LocalDate.of(2026, 11, 5);
    static final Instant MET = at(MEETS_ON, 16);
    static final LocalDate DUE = LocalDate.of(2026, 12, 4);

    FixtureConfiguration<RiskSummit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RiskSummit.class);
        fixture.registerInjectableResource(new ClockPolicy(new WorkingDayCalendar()));
        fixture.givenCurrentTime(NOW);
    }

    static RiskSummitRequested requested() {
        return new RiskSummitRequested(ID, RT5, "risk_summit", "QK1", "concern-1", NOW);
    }

    static RiskSummitConvened convened() {
        return new RiskSummitConvened(
                ID,
                RT5,
                "QK1",
                "risk_summit",
                1,
                "ICB Chief Nursing Officer",
                MEETS_ON,
                List.of("RT5", "X26"),
                List.of(new PackItem("concern", "concern-1"), new PackItem("external_report", "CQC-2013-07")));
    }

    static RiskSummitHeld held() {
        return new RiskSummitHeld(ID, RT5, 1, List.of("QK1", "RT5", "X26"));
    }

    static RiskSummitOutcomeRecorded outcome(boolean followUp) {
        return new RiskSummitOutcomeRecorded(
                ID, RT5, 1, "enhanced_surveillance", followUp, "Joint statement.", List.of("QK1", "RT5", "X26"), 1);
    }

    static RiskSummitActionAssigned assigned(String actionId) {
        return new RiskSummitActionAssigned(ID, RT5, actionId, 1, "Staffing review.", RT5, DUE, endOf(DUE), "a", "b");
    }

    @Test
    void aSummitIsRequestedThenConvenedWithItsChairDateInviteesAndPack() {
        fixture.givenNoPriorActivity()
                .when(new RequestRiskSummit(ID, RT5, "risk_summit", "QK1", "concern-1", NOW))
                .expectEvents(requested());
        fixture.given(requested())
                .when(new Convene(
                        ID,
                        "ICB Chief Nursing Officer",
                        MEETS_ON,
                        List.of("RT5", "X26"),
                        convened().intelligencePack(),
                        NOW))
                .expectEvents(convened());
    }

    @Test
    void aSummitIsNotConvenedInThePastNorRecordedHeldBeforeItMeets() {
        fixture.given(requested())
                .when(new Convene(ID, "Chair", TODAY.minusDays(1), List.of("RT5"), List.of(), NOW))
                .expectException(RuleViolation.class);
        fixture.given(requested(), convened())
                .when(new RecordHeld(ID, List.of("QK1"), NOW))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(requested(), convened())
                .when(new RecordHeld(ID, List.of("QK1", "RT5", "X26"), MET))
                .expectEvents(held());
    }

    @Test
    void outcomesGoToEveryParticipantTheProviderIncludedAndEachActionHasADeadline() {
        fixture.given(requested(), convened(), held())
                .when(new RecordOutcomes(
                        ID,
                        List.of(new AgreedAction("act-1", "Staffing review.", RT5, DUE)),
                        "enhanced_surveillance",
                        false,
                        "Joint statement.",
                        MET))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.<Object>predicate(e -> e instanceof RiskSummitOutcomeRecorded o
                                && o.participants().containsAll(List.of("QK1", "RT5", "X26"))),
                        Matchers.<Object>predicate(e -> e instanceof RiskSummitActionAssigned a
                                && a.ownerOds().equals(RT5)
                                && a.dueAt().equals(endOf(DUE))),
                        Matchers.andNoMore())))
                .expectScheduledDeadlineWithName(endOf(DUE), RiskSummit.ACTION_DUE)
                .expectResultMessagePayloadMatching(Matchers.predicate(r -> r instanceof SummitResult s
                        && s.status().equals("actions_in_progress")
                        && s.allowedActions().equals(List.of("schedule-follow-up", "conclude"))));
    }

    @Test
    void anActionDueInThePastIsRefused() {
        fixture.given(requested(), convened(), held())
                .when(new RecordOutcomes(
                        ID, List.of(new AgreedAction("act-1", "x", RT5, MEETS_ON)), "no_change", false, null, MET))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anActionPastItsDueDateIsFlaggedOverdueToTheChair() {
        fixture.given(requested(), convened(), held())
                .andGivenCommands(new RecordOutcomes(
                        ID,
                        List.of(new AgreedAction("act-1", "Staffing review.", RT5, DUE)),
                        "enhanced_surveillance",
                        false,
                        null,
                        MET))
                .whenTimeAdvancesTo(at(DUE.plusDays(1), 9))
                .expectEvents(
                        new SummitActionApproaching(ID, RT5, "act-1", endOf(DUE)),
                        new RiskSummitActionOverdue(ID, RT5, "act-1", RT5, "QK1", DUE, endOf(DUE)));
    }

    @Test
    void aCompletedActionIsNeverOverdue() {
        fixture.given(requested(), convened(), held())
                .andGivenCommands(
                        new RecordOutcomes(
                                ID, List.of(new AgreedAction("act-1", "x", RT5, DUE)), "no_change", false, null, MET),
                        new CompleteSummitAction(ID, "act-1", RT5, MET))
                .whenTimeAdvancesTo(at(DUE.plusDays(3), 9))
                .expectNoEvents();
    }

    @Test
    void itCannotConcludeWithActionsOpen() {
        fixture.given(requested(), convened(), held(), outcome(false), assigned("act-1"))
                .when(new Conclude(ID, "routine", MET))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.predicate(m -> m.toString().contains("still open")));
        fixture.given(
                        requested(),
                        convened(),
                        held(),
                        outcome(false),
                        assigned("act-1"),
                        new SummitActionCompleted(ID, RT5, "act-1", RT5))
                .when(new Conclude(ID, "routine", MET))
                .expectEvents(new RiskSummitConcluded(ID, RT5, "routine"));
    }

    @Test
    void itCannotConcludeWhenItDecidedToMeetAgain() {
        fixture.given(requested(), convened(), held(), outcome(true))
                .when(new Conclude(ID, null, MET))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.predicate(m -> m.toString().contains("follow-up")));
    }

    @Test
    void aFollowUpIsScheduledThenConvenedAgainAsTheNextRound() {
        LocalDate followUpOn = LocalDate.of(2026, 12, 10);
        fixture.given(requested(), convened(), held(), outcome(true))
                .when(new ScheduleFollowUp(ID, followUpOn, MET))
                .expectEvents(new FollowUpSummitScheduled(ID, RT5, 2, followUpOn));
        fixture.given(
                        requested(),
                        convened(),
                        held(),
                        outcome(true),
                        new FollowUpSummitScheduled(ID, RT5, 2, followUpOn))
                .when(new Convene(ID, "Chair", followUpOn, List.of("RT5"), List.of(), MET))
                .expectEvents(new RiskSummitConvened(
                        ID, RT5, "QK1", "risk_summit", 2, "Chair", followUpOn, List.of("RT5"), List.of()));
    }

    @Test
    void outcomesAreRecordedOnlyOnceTheSummitIsHeld() {
        fixture.given(requested(), convened())
                .when(new RecordOutcomes(ID, List.of(), "no_change", false, null, MET))
                .expectException(IllegalTransition.class)
                .expectNoEvents();
    }

    @Test
    void aCompletedActionIsNotCompletedAgain() {
        fixture.given(
                        requested(),
                        convened(),
                        held(),
                        outcome(false),
                        assigned("act-1"),
                        new SummitActionCompleted(ID, RT5, "act-1", RT5))
                .when(new CancelSummitAction(ID, "act-1", "no longer needed", MET))
                .expectException(IllegalTransition.class);
        fixture.given(requested(), convened(), held(), outcome(false))
                .when(new CompleteSummitAction(ID, "act-9", RT5, MET))
                .expectException(RuleViolation.class);
    }
}
