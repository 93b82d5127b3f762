package uk.nhs.patientsafety.assurance.write.assurancecase;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.predicate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.assurance.events.CaseEvents.*;
import uk.nhs.patientsafety.assurance.events.CaseKey;
import uk.nhs.patientsafety.assurance.reference.ReviewPolicy;
import uk.nhs.patientsafety.assurance.write.assurancecase.CaseCommands.*;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.reference.calendar.WorkingDayCalendar;

/**
 * The assurance case, given events / when command / then events or refusal, with time travel for the review clock.
 * A report received on Thursday 17 April 2025 (before Easter): 20 calendar days is Wednesday 7 May; 20 working days,
 * skipping Good Friday, Easter Monday and the early May bank holiday, is Tuesday 20 May.
 */
class AssuranceCaseTest {

    static final String ID = CaseCommands.caseIdFor("incident-1");
    static final CaseKey KEY = new CaseKey(ID, "incident-1", "RKB", "QWU", "SIF2015");
    static final LocalDate RECEIVED_ON = LocalDate.of(2025, 4, 17);
    static final Instant RECEIVED = at(RECEIVED_ON, 10);
    static final LocalDate DUE_20CD = LocalDate.of(2025, 5, 7);
    static final LocalDate DUE_20WD = LocalDate.of(2025, 5, 20);

    FixtureConfiguration<AssuranceCase> fixture;
    WorkingDayCalendar calendar = new WorkingDayCalendar();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AssuranceCase.class);
        fixture.registerInjectableResource(new ReviewPolicy(calendar));
        fixture.givenCurrentTime(RECEIVED);
    }

    static Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(England.ZONE).toInstant();
    }

    static ReceiveReport receive(Instant when) {
        return new ReceiveReport(ID, "incident-1", "RKB", "SIF2015", "QWU", when, when);
    }

    static AssuranceCaseOpened opened() {
        return new AssuranceCaseOpened(KEY, RECEIVED, DUE_20CD);
    }

    static DeadlineSet reviewSet(LocalDate due) {
        return new DeadlineSet(KEY, ReviewPolicy.REVIEW_DEADLINE, due, England.endOf(due), "20CD", "a", "b");
    }

    static final List<ChecklistAnswer> CHECKLIST = List.of(
            new ChecklistAnswer("family_involved", "yes", null),
            new ChecklistAnswer("actions_smart", "partial", "Two actions have no date."));

    static ReviewRecorded reviewed(int submission) {
        return new ReviewRecorded(
                KEY,
                submission,
                "peer_review_panel",
                List.of(new PanelMember("A. Reviewer", "Deputy Director of Quality")),
                CHECKLIST,
                null,
                "QWU");
    }

    static RecordReview recordReview() {
        return new RecordReview(
                ID,
                "peer_review_panel",
                List.of(new PanelMember("A. Reviewer", "Deputy Director of Quality")),
                CHECKLIST,
                null,
                "QWU",
                RECEIVED.plus(Duration.ofDays(3)));
    }

    static AgreeClosure agreeClosure(boolean monitored) {
        return new AgreeClosure(
                ID, monitored, monitored ? "Quarterly at CQRG" : null, null, "QWU", RECEIVED.plus(Duration.ofDays(5)));
    }

    // ---- opening and the review clock ----------------------------------------------------------------------------

    @Test
    void aReportOpensTheCaseWithTheReviewDue20CalendarDaysAfterReceipt() {
        fixture.givenNoPriorActivity()
                .when(receive(RECEIVED))
                .expectEventsMatching(exactSequenceOf(
                        Matchers.messageWithPayload(Matchers.equalTo(opened())),
                        Matchers.messageWithPayload(predicate(e -> e instanceof DeadlineSet set
                                && set.deadlineType().equals("commissioner_review_20d")
                                && set.dueOn().equals(DUE_20CD)
                                && set.duration().equals("20CD"))),
                        andNoMore()))
                .expectScheduledDeadlineWithName(England.endOf(DUE_20CD), AssuranceCase.DEADLINE_DUE)
                .expectResultMessagePayloadMatching(predicate(r -> r instanceof CommandResult result
                        && result.status().equals("opened")
                        && result.allowedActions().equals(List.of("start-review"))));
    }

    @Test
    void anIcbWhosePolicyCountsWorkingDaysGetsTheWorkingDayDueDate() {
        ReviewPolicy local = ReviewPolicy.fromJson(
                """
                {"version": "test", "policies": [
                  {"effectiveFrom": "2015-03-27", "reviewDuration": "20CD", "approachingLead": "3WD",
                   "commissioners": {"QWU": "20WD"}}]}
                """,
                calendar);
        fixture = new AggregateTestFixture<>(AssuranceCase.class);
        fixture.registerInjectableResource(local);
        fixture.givenCurrentTime(RECEIVED);

        fixture.givenNoPriorActivity()
                .when(receive(RECEIVED))
                .expectEventsMatching(exactSequenceOf(
                        Matchers.messageWithPayload(Matchers.equalTo(new AssuranceCaseOpened(KEY, RECEIVED, DUE_20WD))),
                        Matchers.messageWithPayload(predicate(e -> e instanceof DeadlineSet set
                                && set.dueOn().equals(DUE_20WD)
                                && set.duration().equals("20WD"))),
                        andNoMore()));
    }

    @Test
    void theReviewWarnsBeforeItIsDueAndIsBreachedWhenNoDecisionIsMade() {
        fixture.givenNoPriorActivity()
                .andGivenCommands(receive(RECEIVED))
                .whenThenTimeElapses(Duration.ofDays(30))
                .expectEvents(
                        new DeadlineApproaching(KEY, "commissioner_review_20d", England.endOf(DUE_20CD)),
                        new DeadlineBreached(KEY, "commissioner_review_20d", England.endOf(DUE_20CD)));
    }

    @Test
    void aDecisionMeetsTheReviewSoItIsNeverBreached() {
        fixture.givenNoPriorActivity()
                .andGivenCommands(
                        receive(RECEIVED),
                        new StartReview(ID, "QWU", RECEIVED),
                        new RequestFurtherInformation(ID, "The timeline omits the night shift.", "QWU", RECEIVED))
                .whenThenTimeElapses(Duration.ofDays(30))
                .expectNoEvents();
    }

    @Test
    void escalationStopsTheReviewClockWhileTheForumDecides() {
        fixture.givenNoPriorActivity()
                .andGivenCommands(receive(RECEIVED), new StartReview(ID, "QWU", RECEIVED))
                .when(new EscalateToQualityForum(ID, "cqrg", "Third similar SI this year.", "QWU", RECEIVED))
                .expectEvents(
                        new EscalatedToQualityForum(KEY, "cqrg", "Third similar SI this year.", "QWU"),
                        new DeadlineSuspended(KEY, "commissioner_review_20d"))
                .expectNoScheduledDeadlines();
    }

    // ---- review ----------------------------------------------------------------------------------------------------

    @Test
    void startingTheReviewPutsTheCaseInReview() {
        fixture.given(opened(), reviewSet(DUE_20CD))
                .when(new StartReview(ID, "QWU", RECEIVED))
                .expectEvents(new AssuranceReviewStarted(KEY, "QWU"))
                .expectResultMessagePayloadMatching(predicate(r ->
                        r instanceof CommandResult result && result.status().equals("in_review")));
    }

    @Test
    void aReviewIsRecordedOnlyOnceTheReviewHasStarted() {
        fixture.given(opened(), reviewSet(DUE_20CD))
                .when(recordReview())
                .expectException(IllegalTransition.class)
                .expectExceptionMessage("'record-review' is not allowed for an assurance case in status 'opened'.");
    }

    @Test
    void theReviewRecordsMethodPanelAndChecklistForTheCurrentSubmission() {
        fixture.given(opened(), reviewSet(DUE_20CD), new AssuranceReviewStarted(KEY, "QWU"))
                .when(recordReview())
                .expectEvents(reviewed(1));
    }

    // ---- further information and resubmission ----------------------------------------------------------------------

    @Test
    void furtherInformationSendsTheReportBackAndMeetsTheReview() {
        fixture.given(opened(), reviewSet(DUE_20CD), new AssuranceReviewStarted(KEY, "QWU"))
                .when(new RequestFurtherInformation(ID, "Evidence of family contact.", "QWU", RECEIVED))
                .expectEvents(
                        new FurtherInformationRequested(KEY, "Evidence of family contact.", "QWU"),
                        new DeadlineMet(KEY, "commissioner_review_20d"));
    }

    @Test
    void theNextReportIsAResubmissionInReviewAgainWithANewDueDate() {
        Instant again = at(LocalDate.of(2025, 6, 2), 9);
        LocalDate newDue = LocalDate.of(2025, 6, 22);
        fixture.given(
                        opened(),
                        reviewSet(DUE_20CD),
                        new AssuranceReviewStarted(KEY, "QWU"),
                        new FurtherInformationRequested(KEY, "Evidence of family contact.", "QWU"),
                        new DeadlineMet(KEY, "commissioner_review_20d"))
                .andGivenCurrentTime(again)
                .when(receive(again))
                .expectEventsMatching(exactSequenceOf(
                        Matchers.messageWithPayload(Matchers.equalTo(new ReportResubmitted(KEY, 2, again, newDue))),
                        Matchers.messageWithPayload(predicate(
                                e -> e instanceof DeadlineSet set && set.dueOn().equals(newDue))),
                        andNoMore()))
                .expectScheduledDeadlineWithName(England.endOf(newDue), AssuranceCase.DEADLINE_DUE)
                .expectResultMessagePayloadMatching(predicate(r -> r instanceof CommandResult result
                        && result.status().equals("in_review")
                        && result.submission() == 2));
    }

    @Test
    void aResubmissionNeedsItsOwnReviewBeforeClosure() {
        fixture.given(
                        opened(),
                        new AssuranceReviewStarted(KEY, "QWU"),
                        reviewed(1),
                        new FurtherInformationRequested(KEY, "More.", "QWU"),
                        new ReportResubmitted(KEY, 2, RECEIVED, DUE_20CD))
                .when(agreeClosure(false))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.predicate(m -> m.toString().contains("submission 2")));
    }

    // ---- closure -------------------------------------------------------------------------------------------------

    @Test
    void closureIsAgreedOnceTheReviewIsRecordedAndMeetsTheReview() {
        fixture.given(opened(), reviewSet(DUE_20CD), new AssuranceReviewStarted(KEY, "QWU"), reviewed(1))
                .when(agreeClosure(false))
                .expectEvents(
                        new ClosureAgreed(KEY, false, null, 0, null, "QWU"),
                        new DeadlineMet(KEY, "commissioner_review_20d"))
                .expectResultMessagePayloadMatching(predicate(r -> r instanceof CommandResult result
                        && result.status().equals("closed")
                        && result.allowedActions().isEmpty()));
    }

    @Test
    void closureNeedsARecordedReview() {
        fixture.given(opened(), new AssuranceReviewStarted(KEY, "QWU"))
                .when(agreeClosure(false))
                .expectException(RuleViolation.class);
    }

    @Test
    void closureWithOpenActionsIsRefusedUnlessMonitoringOfTheActionPlanIsAgreed() {
        fixture.given(
                        opened(),
                        new AssuranceReviewStarted(KEY, "QWU"),
                        reviewed(1),
                        new CaseActionOpened(KEY, "action-1"))
                .when(agreeClosure(false))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.predicate(m -> m.toString().contains("monitoring")));
    }

    @Test
    void closureWithOpenActionsIsAgreedWhenTheirMonitoringIsAgreed() {
        fixture.given(
                        opened(),
                        new AssuranceReviewStarted(KEY, "QWU"),
                        reviewed(1),
                        new CaseActionOpened(KEY, "action-1"))
                .when(agreeClosure(true))
                .expectEvents(new ClosureAgreed(KEY, true, "Quarterly at CQRG", 1, null, "QWU"));
    }

    @Test
    void aCompletedActionNoLongerHoldsClosureBack() {
        fixture.given(
                        opened(),
                        new AssuranceReviewStarted(KEY, "QWU"),
                        reviewed(1),
                        new CaseActionOpened(KEY, "action-1"),
                        new CaseActionCompleted(KEY, "action-1"))
                .when(agreeClosure(false))
                .expectEvents(new ClosureAgreed(KEY, false, null, 0, null, "QWU"));
    }

    @Test
    void closureIsRefusedWithReasonsAndCanBeAgreedOnceTheyAreAnswered() {
        fixture.given(opened(), reviewSet(DUE_20CD), new AssuranceReviewStarted(KEY, "QWU"), reviewed(1))
                .when(new RefuseClosure(ID, List.of("family_not_involved"), "No family contact.", "QWU", RECEIVED))
                .expectEvents(
                        new ClosureRefused(KEY, List.of("family_not_involved"), "No family contact.", "QWU"),
                        new DeadlineMet(KEY, "commissioner_review_20d"))
                .expectResultMessagePayloadMatching(predicate(r -> r instanceof CommandResult result
                        && result.status().equals("closure_refused")
                        && result.allowedActions()
                                .equals(List.of(
                                        "record-review",
                                        "request-further-information",
                                        "agree-closure",
                                        "escalate-to-quality-forum"))));
    }

    @Test
    void aClosedCaseTakesNoFurtherDecision() {
        fixture.given(
                        opened(),
                        new AssuranceReviewStarted(KEY, "QWU"),
                        reviewed(1),
                        new ClosureAgreed(KEY, false, null, 0, null, "QWU"))
                .when(new RefuseClosure(ID, List.of("other"), "Changed my mind.", "QWU", RECEIVED))
                .expectException(IllegalTransition.class);
    }

    @Test
    void aReportAfterClosureReopensTheCaseAsAResubmission() {
        // The incident was reopened (DOMAIN §3.6) and its report submitted again.
        Instant again = at(LocalDate.of(2025, 9, 1), 9);
        fixture.given(
                        opened(),
                        new AssuranceReviewStarted(KEY, "QWU"),
                        reviewed(1),
                        new ClosureAgreed(KEY, false, null, 0, null, "QWU"))
                .andGivenCurrentTime(again)
                .when(receive(again))
                .expectResultMessagePayloadMatching(predicate(r -> r instanceof CommandResult result
                        && result.status().equals("in_review")
                        && result.submission() == 2));
    }

    // ---- escalation ------------------------------------------------------------------------------------------------

    @Test
    void anEscalatedCaseIsDecidedAfterTheForum() {
        fixture.given(
                        opened(),
                        new AssuranceReviewStarted(KEY, "QWU"),
                        reviewed(1),
                        new EscalatedToQualityForum(KEY, "system_quality_group", "Theme across providers.", "QWU"))
                .when(agreeClosure(false))
                .expectEvents(new ClosureAgreed(KEY, false, null, 0, null, "QWU"));
    }

    @Test
    void aCaseIsNotEscalatedBeforeItsReviewStarts() {
        fixture.given(opened())
                .when(new EscalateToQualityForum(ID, "cqrg", "Concern.", "QWU", RECEIVED))
                .expectException(IllegalTransition.class);
    }
}
