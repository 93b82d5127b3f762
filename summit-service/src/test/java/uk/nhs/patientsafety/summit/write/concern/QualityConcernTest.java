package uk.nhs.patientsafety.summit.write.concern;

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
import uk.nhs.patientsafety.summit.events.ConcernEvents.*;
import uk.nhs.patientsafety.summit.reference.ClockPolicy;
import uk.nhs.patientsafety.summit.write.concern.ConcernCommands.*;
import uk.nhs.patientsafety.web.refusals.IllegalTransition;
import uk.nhs.patientsafety.web.refusals.RuleViolation;

/** The quality concern aggregate, given events / when command / then events or refusal, with time travel. */
class QualityConcernTest {

    static final String ID = "concern-1";
    static final String RT5 = "RT5";
    static final Instant RAISED_AT = at(LocalDate.of(2026, 11, 2), 9);
    static final LocalDate REVIEW_ON = LocalDate.of(2026, 11, 20);

    FixtureConfiguration<QualityConcern> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(QualityConcern.class);
        fixture.registerInjectableResource(new ClockPolicy(new WorkingDayCalendar()));
        fixture.givenCurrentTime(RAISED_AT);
    }

    static QualityConcernRaised raised() {
        return new QualityConcernRaised(
                ID, RT5, null, "staff", "QK1", "Staff report unsafe staffing on ward 3.", List.of(), null, RAISED_AT);
    }

    @Test
    void aConcernIsRaisedWithItsSourceProviderAndLinkedIncidents() {
        fixture.givenNoPriorActivity()
                .when(new RaiseConcern(
                        ID,
                        RT5,
                        "mental health inpatients",
                        "patient_or_carer",
                        "QK1",
                        "A carer says night checks were missed.",
                        List.of("incident-7"),
                        null,
                        RAISED_AT))
                .expectEvents(new QualityConcernRaised(
                        ID,
                        RT5,
                        "mental health inpatients",
                        "patient_or_carer",
                        "QK1",
                        "A carer says night checks were missed.",
                        List.of("incident-7"),
                        null,
                        RAISED_AT));
    }

    @Test
    void noActionNeedsItsReason() {
        fixture.given(raised())
                .when(new ScreenConcern(ID, "no_action", null, null, "QK1", RAISED_AT))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(raised())
                .when(new ScreenConcern(ID, "no_action", "Already addressed by the trust.", null, "QK1", RAISED_AT))
                .expectEvents(new QualityConcernScreened(
                        ID, RT5, "no_action", "Already addressed by the trust.", null, "QK1"))
                .expectNoScheduledDeadlines();
    }

    @Test
    void monitoringSetsTheReviewDateAsADeadline() {
        fixture.given(raised())
                .when(new ScreenConcern(ID, "monitor", null, REVIEW_ON, "QK1", RAISED_AT))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.<Object>equalTo(
                                new QualityConcernScreened(ID, RT5, "monitor", null, REVIEW_ON, "QK1")),
                        Matchers.<Object>predicate(e -> e instanceof ConcernReviewScheduled s
                                && s.dueOn().equals(REVIEW_ON)
                                && s.dueAt().equals(endOf(REVIEW_ON))),
                        Matchers.andNoMore())))
                .expectScheduledDeadlineWithName(endOf(REVIEW_ON), QualityConcern.REVIEW_DUE);
    }

    @Test
    void monitoringNeedsAReviewDateAfterToday() {
        fixture.given(raised())
                .when(new ScreenConcern(ID, "monitor", null, LocalDate.of(2026, 11, 2), "QK1", RAISED_AT))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(raised())
                .when(new ScreenConcern(ID, "monitor", null, null, "QK1", RAISED_AT))
                .expectException(RuleViolation.class);
    }

    @Test
    void aReviewDateThatPassesIsFlaggedOverdue() {
        // Two working days before Fri 20 Nov 2026 is Wed 18 Nov: warned then; overdue once the 20th has passed.
        fixture.given(raised())
                .andGivenCommands(new ScreenConcern(ID, "monitor", null, REVIEW_ON, "QK1", RAISED_AT))
                .whenTimeAdvancesTo(at(LocalDate.of(2026, 11, 21), 9))
                .expectEvents(
                        new ConcernReviewApproaching(ID, RT5, endOf(REVIEW_ON)),
                        new ConcernReviewOverdue(ID, RT5, endOf(REVIEW_ON)));
    }

    @Test
    void requestingASummitEndsTheReviewSoItIsNeverOverdue() {
        fixture.given(raised())
                .andGivenCommands(
                        new ScreenConcern(ID, "monitor", null, REVIEW_ON, "QK1", RAISED_AT),
                        new RequestSummit(ID, "summit-1", "risk_summit", "QK1", RAISED_AT))
                .whenTimeAdvancesTo(at(LocalDate.of(2026, 11, 25), 9))
                .expectNoEvents();
    }

    @Test
    void aMonitoredConcernIsEscalatedToASummit() {
        fixture.given(raised())
                .andGivenCommands(new ScreenConcern(ID, "monitor", null, REVIEW_ON, "QK1", RAISED_AT))
                .when(new RequestSummit(ID, "summit-1", "rapid_quality_review", "QK1", RAISED_AT))
                .expectEvents(
                        new ConcernReviewEnded(ID, RT5),
                        new ConcernSummitRequested(ID, RT5, "summit-1", "rapid_quality_review", "QK1"))
                .expectResultMessagePayloadMatching(Matchers.predicate(r -> r instanceof ConcernResult c
                        && c.status().equals("summit_requested")
                        && c.summitId().equals("summit-1")
                        && c.allowedActions().equals(List.of("close"))));
    }

    @Test
    void aClosedConcernTakesNoFurtherAction() {
        fixture.given(
                        raised(),
                        new QualityConcernScreened(ID, RT5, "no_action", "Addressed.", null, "QK1"),
                        new QualityConcernClosed(ID, RT5, null, "QK1"))
                .when(new RequestSummit(ID, "summit-1", "risk_summit", "QK1", RAISED_AT))
                .expectException(IllegalTransition.class)
                .expectNoEvents();
    }

    @Test
    void aRaisedConcernIsScreenedBeforeItIsClosed() {
        fixture.given(raised())
                .when(new CloseConcern(ID, null, "QK1", RAISED_AT))
                .expectException(IllegalTransition.class)
                .expectExceptionMessage(Matchers.predicate(m -> m.toString().contains("raised")));
    }

    @Test
    void noActionCanBeClosed() {
        fixture.given(raised(), new QualityConcernScreened(ID, RT5, "no_action", "Addressed.", null, "QK1"))
                .when(new CloseConcern(ID, null, "QK1", RAISED_AT))
                .expectEvents(new QualityConcernClosed(ID, RT5, null, "QK1"));
    }
}
