package uk.nhs.patientsafety.incident.write.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.equalTo;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.incident.events.IncidentEvents.*;
import uk.nhs.patientsafety.incident.events.IncidentKey;
import uk.nhs.patientsafety.incident.events.Status;
import uk.nhs.patientsafety.incident.reference.DeadlinePolicy;
import uk.nhs.patientsafety.incident.reference.NationalResponses;
import uk.nhs.patientsafety.incident.write.incident.IncidentCommands.*;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.reference.calendar.WorkingDayCalendar;
import uk.nhs.patientsafety.web.refusals.RuleViolation;

/**
 * The incident aggregate, given events / when command / then events or refusal, with time travel for its clocks.
 * Dates are DOMAIN §10.1's worked example: an SI identified on Thursday 17 April 2025, before Easter.
 */
class IncidentTest {

    static final String ID = "incident-1";
    static final IncidentKey SIF = new IncidentKey(ID, "RKB", "SIF2015");
    static final IncidentKey PSIRF = new IncidentKey(ID, "RT5", "PSIRF2022");
    static final Instant IDENTIFIED = at(LocalDate.of(2025, 4, 17), 9);
    static final Instant DECLARED = at(LocalDate.of(2025, 4, 17), 10);

    FixtureConfiguration<Incident> fixture;
    WorkingDayCalendar calendar;

    @BeforeEach
    void setUp() {
        calendar = new WorkingDayCalendar();
        fixture = new AggregateTestFixture<>(Incident.class);
        fixture.registerInjectableResource(new DeadlinePolicy(calendar));
        fixture.registerInjectableResource(new NationalResponses());
        fixture.registerInjectableResource(calendar);
        fixture.givenCurrentTime(DECLARED);
    }

    static Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(England.ZONE).toInstant();
    }

    /** The end of a due day in England: when a deadline falling on it is breached. */
    static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(England.ZONE).toInstant();
    }

    static IncidentContent content(boolean nearMiss, String neverEvent, String physicalHarm) {
        return new IncidentContent(
                LocalDate.of(2025, 4, 16),
                IDENTIFIED,
                "Second dose of enoxaparin given.",
                null,
                nearMiss,
                neverEvent,
                List.of(new PatientRecord("pt-1", "sealed", "65-74", physicalHarm, "4")),
                null,
                null,
                null,
                null,
                null);
    }

    static IncidentReported reported(IncidentKey key) {
        return reported(key, content(false, null, "3"));
    }

    static IncidentReported reported(IncidentKey key, IncidentContent content) {
        return new IncidentReported(key, "incident", "LRMS-1", 1, content, IDENTIFIED);
    }

    static Predicate<Object> result(Predicate<CommandResult> check) {
        return payload -> payload instanceof CommandResult s && check.test(s);
    }

    static LocalDate dueOn(CommandResult result, String type) {
        return result.deadlines().stream()
                .filter(d -> d.type().equals(type))
                .findFirst()
                .orElseThrow()
                .dueOn();
    }

    // ---- capture ---------------------------------------------------------------------------------------------------

    @Test
    void aReportRecordsTheIncidentAndItsInvolvedOrganisations() {
        fixture.givenNoPriorActivity()
                .when(new ReportIncident(
                        ID,
                        "RT5",
                        "PSIRF2022",
                        "incident",
                        "LRMS-1",
                        1,
                        content(false, null, "3"),
                        List.of("RKB", "RT5", "RKB"),
                        "RT5",
                        DECLARED))
                .expectEvents(
                        new IncidentReported(PSIRF, "incident", "LRMS-1", 1, content(false, null, "3"), DECLARED),
                        new OrganisationsInvolvedIdentified(PSIRF, List.of("RKB"), "RT5"));
    }

    static ReportIncident reportOf(String framework, String provider, IncidentContent content) {
        return new ReportIncident(ID, provider, framework, "incident", "LRMS-1", 1, content, List.of(), null, DECLARED);
    }

    @Test
    void onceASeriousIncidentARevisionThatLowersHarmNeedsAReasonTheCommissionerCanSee() {
        IncidentContent better = content(false, null, "4");
        fixture.given(reported(SIF), new SeriousIncidentDeclared(SIF, IDENTIFIED, null, DECLARED, "serious_harm"))
                .when(new UpdateIncident(ID, "incident", 2, better, List.of(), null, null, DECLARED))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(reported(SIF), new SeriousIncidentDeclared(SIF, IDENTIFIED, null, DECLARED, "serious_harm"))
                .when(new UpdateIncident(ID, "incident", 2, better, List.of(), null, "Scan was normal.", DECLARED))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e.equals(new IncidentUpdated(
                                SIF, 2, better, List.of("patients[0].physicalHarm"), "Scan was normal."))),
                        predicate(e -> e instanceof HarmRegraded),
                        andNoMore())));
    }

    @Test
    void removingTheNeverEventCodeOfAPsiiNeedsAReason() {
        fixture.given(reported(PSIRF, content(false, "3", "3")), new LearningResponseChosen(PSIRF, "psii", null))
                .when(new UpdateIncident(ID, "incident", 2, content(false, null, "3"), List.of(), null, null, DECLARED))
                .expectException(RuleViolation.class);
    }

    @Test
    void beforeAnySeriousIncidentOrPsiiARevisionMayLowerHarmFreely() {
        fixture.given(reported(SIF))
                .when(new UpdateIncident(ID, "incident", 2, content(false, null, "4"), List.of(), null, null, DECLARED))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aRevisionNamesTheCodedFieldsItChangedAndNeverTheText() {
        IncidentContent before = content(false, null, "3");
        IncidentContent after = new IncidentContent(
                before.occurredOn(),
                before.identifiedAt(),
                "A different description.",
                "Other actions.",
                false,
                "4",
                before.patients(),
                null,
                null,
                null,
                "Some good care.",
                null);
        fixture.given(reported(SIF, before))
                .when(new UpdateIncident(ID, "incident", 2, after, List.of(), null, null, DECLARED))
                .expectEvents(new IncidentUpdated(SIF, 2, after, List.of("neverEventType"), null));
    }

    @Test
    void aLowerGradeForOnePatientNeverReadsAsTheIncidentImproving() {
        IncidentContent two = new IncidentContent(
                LocalDate.of(2025, 4, 16),
                IDENTIFIED,
                "Two patients given the wrong dose.",
                null,
                false,
                null,
                List.of(
                        new PatientRecord("pt-a", "sealed-a", "65-74", "1", "4"),
                        new PatientRecord("pt-b", "sealed-b", "45-54", "2", "4")),
                null,
                null,
                null,
                null,
                null);
        fixture.given(reported(SIF, two))
                .when(new RegradeHarm(ID, "pt-b", "4", "4", "Recovered", DECLARED))
                // Patient b is better; the incident is not: patient a died.
                .expectEvents(new HarmRegraded(SIF, "pt-b", "4", "4", "Recovered", "fatal"));
    }

    @Test
    void aNeverEventAtASifProviderIsASeriousIncidentFromTheMomentItIsReported() {
        IncidentContent neverEvent = content(false, "1", "3");
        fixture.givenNoPriorActivity()
                .when(reportOf("SIF2015", "RKB", neverEvent))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        equalTo(new IncidentReported(SIF, "incident", "LRMS-1", 1, neverEvent, DECLARED)),
                        equalTo(new SeriousIncidentDeclared(SIF, IDENTIFIED, null, DECLARED, "never_event")),
                        predicate(e -> e instanceof DeadlineSet set
                                && set.deadlineType().equals("steis_2wd")
                                && set.dueOn().equals(LocalDate.of(2025, 4, 23))),
                        predicate(e -> e instanceof DeadlineSet set
                                && set.deadlineType().equals("initial_review_3wd")
                                && set.dueOn().equals(LocalDate.of(2025, 4, 24))),
                        andNoMore())))
                // The StEIS clock runs from identification (Thursday 17 April 2025), not from the report.
                .expectScheduledDeadlineWithName(endOf(LocalDate.of(2025, 4, 23)), Incident.DEADLINE_DUE);
    }

    @Test
    void aDeathFromTheNaturalCourseOfAnIllnessManagedWellIsNotASeriousIncident() {
        fixture.given(reported(SIF, content(false, null, "1")))
                .when(new DeclareSeriousIncident(ID, null, "unexpected_or_avoidable_death", true, DECLARED))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.predicate(m -> m.toString().contains("natural course")))
                .expectNoEvents();
    }

    @Test
    void aDeclarationRecordsItsSifCategory() {
        fixture.given(reported(SIF, content(false, null, "1")))
                .when(new DeclareSeriousIncident(ID, null, "unexpected_or_avoidable_death", false, DECLARED))
                .expectEventsMatching(payloadsMatching(
                        Matchers.listWithAnyOf(predicate(e -> e instanceof SeriousIncidentDeclared declared
                                && declared.category().equals("unexpected_or_avoidable_death")))));
        fixture.given(reported(SIF))
                .when(new DeclareSeriousIncident(ID, null, "never_event", false, DECLARED))
                .expectException(RuleViolation.class);
    }

    @Test
    void aNeverEventUnderPsirfIsNotDeclaredASeriousIncident() {
        IncidentContent neverEvent = content(false, "1", "3");
        fixture.givenNoPriorActivity()
                .when(reportOf("PSIRF2022", "RT5", neverEvent))
                .expectEvents(new IncidentReported(PSIRF, "incident", "LRMS-1", 1, neverEvent, DECLARED))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aNewerRevisionUpdatesAndRegradesChangedHarm() {
        IncidentContent worse = content(false, null, "2");
        fixture.given(reported(SIF))
                .when(new UpdateIncident(ID, "incident", 2, worse, List.of(), null, null, DECLARED))
                .expectEvents(
                        new IncidentUpdated(SIF, 2, worse, List.of("patients[0].physicalHarm"), null),
                        new HarmRegraded(SIF, "pt-1", "2", "4", "revision 2", "severe"));
    }

    @Test
    void anOlderRevisionOrAnotherKindIsRefused() {
        fixture.given(reported(SIF))
                .when(new UpdateIncident(ID, "incident", 1, content(false, null, "3"), List.of(), null, null, DECLARED))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(reported(SIF))
                .when(new UpdateIncident(ID, "risk", 2, content(false, null, "3"), List.of(), null, null, DECLARED))
                .expectException(RuleViolation.class);
    }

    @Test
    void harmIsRegradedOnlyWhenItChanges() {
        fixture.given(reported(SIF))
                .when(new RegradeHarm(ID, "pt-1", "3", "4", "No change after review", DECLARED))
                .expectNoEvents();
        fixture.given(reported(SIF))
                .when(new RegradeHarm(ID, "pt-1", "1", "4", "Patient died", DECLARED))
                .expectEvents(new HarmRegraded(SIF, "pt-1", "1", "4", "Patient died", "fatal"));
        fixture.given(reported(SIF))
                .when(new RegradeHarm(ID, "pt-9", "1", "4", "Unknown patient", DECLARED))
                .expectException(RuleViolation.class);
    }

    // ---- SIF 2015: declaration and its clocks ---------------------------------------------------------------------

    @Test
    void declaringAnSiStartsTheStEisAndInitialReviewClocksFromIdentification() {
        fixture.given(reported(SIF))
                .when(new DeclareSeriousIncident(ID, null, "serious_harm", false, DECLARED))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayloadMatching(Matchers.predicate(result(s ->
                        // Good Friday and Easter Monday are skipped (DOMAIN §10.1).
                        dueOn(s, "steis_2wd").equals(LocalDate.of(2025, 4, 23))
                                && dueOn(s, "initial_review_3wd").equals(LocalDate.of(2025, 4, 24))
                                && s.status().equals("si_declared"))))
                .expectScheduledDeadlineWithName(endOf(LocalDate.of(2025, 4, 23)), Incident.DEADLINE_DUE);
    }

    @Test
    void aDeadlineWarnsBeforeItIsDueAndIsBreachedWhenItPassesUnmet() {
        fixture.given(reported(SIF))
                .andGivenCommands(new DeclareSeriousIncident(ID, null, "serious_harm", false, DECLARED))
                // One working day before the StEIS deadline of Wed 23 April: Tue 22 April.
                .whenTimeAdvancesTo(at(LocalDate.of(2025, 4, 22), 1))
                .expectEvents(new DeadlineApproaching(SIF, "steis_2wd", endOf(LocalDate.of(2025, 4, 23))));
        fixture.given(reported(SIF))
                .andGivenCommands(new DeclareSeriousIncident(ID, null, "serious_harm", false, DECLARED))
                .whenTimeAdvancesTo(at(LocalDate.of(2025, 4, 24), 1))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                Matchers.equalTo(
                                        new DeadlineApproaching(SIF, "steis_2wd", endOf(LocalDate.of(2025, 4, 23)))),
                                Matchers.equalTo(new DeadlineApproaching(
                                        SIF, "initial_review_3wd", endOf(LocalDate.of(2025, 4, 24)))),
                                Matchers.equalTo(
                                        new DeadlineBreached(SIF, "steis_2wd", endOf(LocalDate.of(2025, 4, 23)))),
                                Matchers.andNoMore())));
    }

    @Test
    void aMetDeadlineIsNeitherWarnedAboutNorBreached() {
        fixture.given(reported(SIF))
                .andGivenCommands(
                        new DeclareSeriousIncident(ID, null, "serious_harm", false, DECLARED),
                        new LogOnSteis(ID, "2025/1234", DECLARED),
                        new SubmitInitialReview(ID, DECLARED))
                .whenTimeAdvancesTo(at(LocalDate.of(2025, 5, 30), 12))
                .expectNoEvents();
    }

    @Test
    void aNearMissIsAnSiOnlyWithItsRiskAssessment() {
        fixture.given(reported(SIF, content(true, null, "5")))
                .when(new DeclareSeriousIncident(ID, null, "serious_harm", false, DECLARED))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        RiskAssessment assessment = new RiskAssessment("likely", "severe");
        fixture.given(reported(SIF, content(true, null, "5")))
                .when(new DeclareSeriousIncident(ID, assessment, "serious_harm", false, DECLARED))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aNeverEventCannotBeDowngraded() {
        fixture.given(
                        reported(SIF, content(false, "1", "3")),
                        new SeriousIncidentDeclared(SIF, IDENTIFIED, null, DECLARED, "serious_harm"),
                        new SeriousIncidentLoggedOnSteis(SIF, "2025/1"),
                        new InitialReviewSubmitted(SIF))
                .when(new RequestDowngrade(ID, "Not an SI", DECLARED))
                .expectException(RuleViolation.class);
    }

    @Test
    void aDowngradeIsRequestedThenAgreedOrRefused() {
        Object[] reviewed = {
            reported(SIF),
            new SeriousIncidentDeclared(SIF, IDENTIFIED, null, DECLARED, "serious_harm"),
            new SeriousIncidentLoggedOnSteis(SIF, "2025/1"),
            new InitialReviewSubmitted(SIF)
        };
        fixture.given(reviewed)
                .when(new RequestDowngrade(ID, "Natural course of illness", DECLARED))
                .expectEvents(new DowngradeRequested(SIF, "Natural course of illness"));
        fixture.given(reviewed)
                .andGiven(new DowngradeRequested(SIF, "Natural course"))
                .when(new RefuseDowngrade(ID, "QWU", "Care concerns", DECLARED))
                .expectEvents(new DowngradeRefused(SIF, "QWU", "Care concerns"))
                .expectResultMessagePayloadMatching(
                        Matchers.predicate(result(s -> s.status().equals("initial_review_submitted"))));
        fixture.given(reviewed)
                .andGiven(new DowngradeRequested(SIF, "Natural course"))
                .when(new AgreeDowngrade(ID, "QWU", DECLARED))
                .expectEvents(new DowngradeAgreed(SIF, "QWU"))
                .expectResultMessagePayloadMatching(Matchers.predicate(result(s ->
                        s.status().equals("downgraded") && s.allowedActions().isEmpty())));
    }

    // ---- SIF 2015: investigation clocks ---------------------------------------------------------------------------

    private Object[] investigating(String level) {
        return new Object[] {
            reported(SIF),
            new SeriousIncidentDeclared(SIF, IDENTIFIED, null, DECLARED, "serious_harm"),
            new SeriousIncidentLoggedOnSteis(SIF, "2025/1"),
            new InitialReviewSubmitted(SIF)
        };
    }

    @Test
    void levelsOneAndTwoReportIn60WorkingDaysFromDeclaration() {
        fixture.given(investigating("L2"))
                .when(new SetInvestigationLevel(ID, "L2", at(LocalDate.of(2025, 4, 24), 10)))
                .expectResultMessagePayloadMatching(
                        Matchers.predicate(result(s -> dueOn(s, "report_60wd").equals(LocalDate.of(2025, 7, 16)))));
    }

    @Test
    void levelThreeRunsSixMonthsFromTheCommissioningDateTheCommissionerRecords() {
        // Setting level 3 starts no clock: the independent investigation is not commissioned yet.
        fixture.given(investigating("L3"))
                .when(new SetInvestigationLevel(ID, "L3", at(LocalDate.of(2025, 4, 24), 10)))
                .expectEvents(new InvestigationLevelSet(SIF, "L3", null))
                .expectResultMessagePayloadMatching(
                        Matchers.predicate(result(s -> s.deadlines().isEmpty())));
        // Commissioned on 12 May, recorded a week later: due six calendar months from 12 May.
        fixture.given(investigating("L3"))
                .andGivenCommands(new SetInvestigationLevel(ID, "L3", at(LocalDate.of(2025, 4, 24), 10)))
                .when(new CommissionIndependentInvestigation(
                        ID, "QWU", LocalDate.of(2025, 5, 12), at(LocalDate.of(2025, 5, 19), 10)))
                .expectResultMessagePayloadMatching(Matchers.predicate(
                        result(s -> dueOn(s, "independent_6m").equals(LocalDate.of(2025, 11, 12)))))
                .expectScheduledDeadlineWithName(endOf(LocalDate.of(2025, 11, 12)), Incident.DEADLINE_DUE);
    }

    @Test
    void onlyALevelThreeInvestigationIsCommissionedAndOnlyOnceOnAPlausibleDate() {
        Instant today = at(LocalDate.of(2025, 5, 19), 10);
        fixture.given(investigating("L2"))
                .andGivenCommands(new SetInvestigationLevel(ID, "L2", at(LocalDate.of(2025, 4, 24), 10)))
                .when(new CommissionIndependentInvestigation(ID, "QWU", LocalDate.of(2025, 5, 12), today))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("level 3"));
        fixture.given(investigating("L3"))
                .andGivenCommands(new SetInvestigationLevel(ID, "L3", at(LocalDate.of(2025, 4, 24), 10)))
                .when(new CommissionIndependentInvestigation(ID, "QWU", LocalDate.of(2025, 5, 20), today))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(investigating("L3"))
                .andGivenCommands(new SetInvestigationLevel(ID, "L3", at(LocalDate.of(2025, 4, 24), 10)))
                .when(new CommissionIndependentInvestigation(ID, "QWU", LocalDate.of(2025, 4, 1), today))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(investigating("L3"))
                .andGivenCommands(
                        new SetInvestigationLevel(ID, "L3", at(LocalDate.of(2025, 4, 24), 10)),
                        new CommissionIndependentInvestigation(ID, "QWU", LocalDate.of(2025, 5, 12), today))
                .when(new CommissionIndependentInvestigation(ID, "QWU", LocalDate.of(2025, 5, 13), today))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void levelOneAndTwoReportsAreDueSixtyWorkingDaysAfterTheDeclarationNotTheIdentification() {
        // Identified Thursday 17 April 2025, reported to the commissioner (declared) a week later, 24 April.
        Instant declaredLater = at(LocalDate.of(2025, 4, 24), 10);
        fixture.given(
                        reported(SIF),
                        new SeriousIncidentDeclared(SIF, IDENTIFIED, null, declaredLater, "serious_harm"),
                        new SeriousIncidentLoggedOnSteis(SIF, "2025/1"),
                        new InitialReviewSubmitted(SIF))
                .when(new SetInvestigationLevel(ID, "L1", at(LocalDate.of(2025, 4, 25), 10)))
                .expectResultMessagePayloadMatching(Matchers.predicate(result(
                        s -> dueOn(s, "report_60wd").equals(calendar.plusWorkingDays(LocalDate.of(2025, 4, 24), 60)))));
    }

    @Test
    void aReopenedSeriousIncidentHasAReportDeadlineAgain() {
        Instant reopened = at(LocalDate.of(2025, 9, 1), 10);
        fixture.given(
                        reported(SIF),
                        new SeriousIncidentDeclared(SIF, IDENTIFIED, null, DECLARED, "serious_harm"),
                        new SeriousIncidentLoggedOnSteis(SIF, "2025/1"),
                        new InitialReviewSubmitted(SIF),
                        new InvestigationLevelSet(SIF, "L2", LocalDate.of(2025, 7, 16)),
                        new InvestigationReportSubmitted(SIF),
                        new SeriousIncidentClosed(SIF, "QWU"))
                .when(new ReopenSeriousIncident(ID, "Family raised new concerns.", reopened))
                .expectResultMessagePayloadMatching(Matchers.predicate(result(s -> s.status()
                                .equals("under_investigation")
                        && dueOn(s, "report_60wd").equals(calendar.plusWorkingDays(LocalDate.of(2025, 9, 1), 60)))))
                .expectScheduledDeadlineWithName(
                        endOf(calendar.plusWorkingDays(LocalDate.of(2025, 9, 1), 60)), Incident.DEADLINE_DUE);
    }

    /** Under investigation at L2 (report due 16 July 2025) with a stop asked for on 1 May. */
    private Object[] stopRequested(String reasonCode) {
        return new Object[] {
            new SetInvestigationLevel(ID, "L2", at(LocalDate.of(2025, 4, 24), 10)),
            new RequestClockStop(ID, reasonCode, "Awaiting the inquest.", at(LocalDate.of(2025, 5, 1), 10))
        };
    }

    @Test
    void theProviderOnlyAsksToStopTheClockWhichRunsUntilTheCommissionerAgrees() {
        fixture.given(investigating("L2"))
                .andGivenCommands(new SetInvestigationLevel(ID, "L2", at(LocalDate.of(2025, 4, 24), 10)))
                .when(new RequestClockStop(ID, "coroner", "Awaiting the inquest.", at(LocalDate.of(2025, 5, 1), 10)))
                .expectEvents(new InvestigationClockStopRequested(
                        SIF, "coroner", "Awaiting the inquest.", LocalDate.of(2025, 5, 1)))
                .expectResultMessagePayloadMatching(
                        Matchers.predicate(result(s -> s.status().equals("clock_stop_requested")
                                && s.allowedActions().contains("agree-clock-stop")
                                && s.deadlines().stream()
                                        .anyMatch(d -> d.type().equals("report_60wd")
                                                && d.state().equals("open")))));
        // Never agreed: the report deadline is breached as if no stop had been asked for.
        fixture.given(investigating("L2"))
                .andGivenCommands(stopRequested("coroner"))
                .whenTimeAdvancesTo(at(LocalDate.of(2025, 7, 17), 10))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        equalTo(new DeadlineApproaching(SIF, "report_60wd", endOf(LocalDate.of(2025, 7, 16)))),
                        equalTo(new DeadlineBreached(SIF, "report_60wd", endOf(LocalDate.of(2025, 7, 16)))),
                        andNoMore())));
    }

    @Test
    void anAgreedStopRecordsWhoAgreedAndAReviewDateWithItsOwnDeadline() {
        LocalDate reviewOn = LocalDate.of(2025, 6, 2);
        fixture.given(investigating("L2"))
                .andGivenCommands(stopRequested("coroner"))
                .when(new AgreeClockStop(ID, "QWU", reviewOn, at(LocalDate.of(2025, 5, 2), 10)))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        equalTo(new InvestigationClockStopped(
                                SIF, "coroner", "Awaiting the inquest.", LocalDate.of(2025, 5, 2), "QWU", reviewOn)),
                        equalTo(new DeadlineSuspended(SIF, "report_60wd")),
                        predicate(e -> e instanceof DeadlineSet set
                                && set.deadlineType().equals("clock_stop_review")
                                && set.dueOn().equals(reviewOn)),
                        andNoMore())))
                .expectScheduledDeadlineWithName(endOf(reviewOn), Incident.DEADLINE_DUE);
        // The review date passes without the clock restarting: warned a working day before, then breached.
        fixture.given(investigating("L2"))
                .andGivenCommands(stopRequested("coroner"))
                .andGivenCommands(new AgreeClockStop(ID, "QWU", reviewOn, at(LocalDate.of(2025, 5, 2), 10)))
                .whenTimeAdvancesTo(at(LocalDate.of(2025, 6, 3), 10))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        equalTo(new DeadlineApproaching(SIF, "clock_stop_review", endOf(reviewOn))),
                        equalTo(new DeadlineBreached(SIF, "clock_stop_review", endOf(reviewOn))),
                        andNoMore())));
    }

    @Test
    void whileAStopIsAskedForTheInvestigationGoesOnAndAReportAnswersTheRequest() {
        fixture.given(investigating("L2"))
                .andGivenCommands(stopRequested("coroner"))
                .when(new SubmitReport(ID, at(LocalDate.of(2025, 5, 2), 10)))
                .expectResultMessagePayloadMatching(
                        Matchers.predicate(result(s -> s.status().equals("awaiting_assurance")
                                && !s.allowedActions().contains("agree-clock-stop"))));
        fixture.given(investigating("L2"))
                .andGivenCommands(stopRequested("coroner"))
                .when(new AgreeExtension(ID, LocalDate.of(2025, 8, 1), "QWU", "Inquest date set.", DECLARED))
                .expectResultMessagePayloadMatching(
                        Matchers.predicate(result(s -> s.status().equals("clock_stop_requested")
                                && dueOn(s, "report_60wd").equals(LocalDate.of(2025, 8, 1)))));
    }

    @Test
    void aStopIsReviewedOnALaterDay() {
        fixture.given(investigating("L2"))
                .andGivenCommands(stopRequested("police"))
                .when(new AgreeClockStop(ID, "QWU", LocalDate.of(2025, 5, 2), at(LocalDate.of(2025, 5, 2), 10)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aRefusedStopLeavesTheClockRunning() {
        fixture.given(investigating("L2"))
                .andGivenCommands(stopRequested("other"))
                .when(new RefuseClockStop(ID, "QWU", "Not a reason to stop.", at(LocalDate.of(2025, 5, 2), 10)))
                .expectEvents(new InvestigationClockStopRefused(SIF, "QWU", "Not a reason to stop."))
                .expectResultMessagePayloadMatching(
                        Matchers.predicate(result(s -> s.status().equals("under_investigation")
                                && dueOn(s, "report_60wd").equals(LocalDate.of(2025, 7, 16)))));
    }

    @Test
    void aStoppedClockDoesNotRun() {
        fixture.given(investigating("L2"))
                .andGivenCommands(stopRequested("coroner"))
                .andGivenCommands(
                        new AgreeClockStop(ID, "QWU", LocalDate.of(2025, 12, 1), at(LocalDate.of(2025, 5, 1), 11)))
                .whenTimeAdvancesTo(at(LocalDate.of(2025, 9, 1), 10))
                .expectNoEvents();
    }

    @Test
    void restartingTheClockMeetsItsReview() {
        fixture.given(investigating("L2"))
                .andGivenCommands(stopRequested("police"))
                .andGivenCommands(
                        new AgreeClockStop(ID, "QWU", LocalDate.of(2025, 6, 2), at(LocalDate.of(2025, 5, 1), 11)))
                .when(new RestartClock(ID, at(LocalDate.of(2025, 5, 15), 10)))
                .expectEventsMatching(
                        payloadsMatching(Matchers.listWithAnyOf(equalTo(new DeadlineMet(SIF, "clock_stop_review")))))
                .expectResultMessagePayloadMatching(Matchers.predicate(result(s -> s.deadlines().stream()
                        .anyMatch(d -> d.type().equals("clock_stop_review")
                                && d.state().equals("met")))));
    }

    @Test
    void aRestartedClockIsDueLaterByTheWorkingDaysItStoodStill() {
        LocalDate stopped = LocalDate.of(2025, 5, 1);
        LocalDate restarted = LocalDate.of(2025, 5, 15);
        LocalDate expected =
                calendar.plusWorkingDays(LocalDate.of(2025, 7, 16), calendar.workingDaysBetween(stopped, restarted));
        assertThat(expected).isEqualTo(LocalDate.of(2025, 7, 29)); // 9 WD: Early May bank holiday (5 May) skipped
        fixture.given(investigating("L2"))
                .andGivenCommands(
                        new SetInvestigationLevel(ID, "L2", at(LocalDate.of(2025, 4, 24), 10)),
                        new RequestClockStop(ID, "police", "Police investigation.", at(stopped, 9)),
                        new AgreeClockStop(ID, "QWU", LocalDate.of(2025, 6, 2), at(stopped, 10)))
                .when(new RestartClock(ID, at(restarted, 10)))
                .expectResultMessagePayloadMatching(Matchers.predicate(result(s ->
                        dueOn(s, "report_60wd").equals(expected) && s.status().equals("under_investigation"))));
    }

    @Test
    void anExtensionMovesTheReportDeadlineLaterOnly() {
        fixture.given(investigating("L2"))
                .andGivenCommands(new SetInvestigationLevel(ID, "L2", at(LocalDate.of(2025, 4, 24), 10)))
                .when(new AgreeExtension(ID, LocalDate.of(2025, 7, 1), "QWU", "Earlier?", DECLARED))
                .expectException(RuleViolation.class);
        fixture.given(investigating("L2"))
                .andGivenCommands(new SetInvestigationLevel(ID, "L2", at(LocalDate.of(2025, 4, 24), 10)))
                .when(new AgreeExtension(ID, LocalDate.of(2025, 9, 30), "QWU", "Police investigation", DECLARED))
                .expectResultMessagePayloadMatching(
                        Matchers.predicate(result(s -> dueOn(s, "report_60wd").equals(LocalDate.of(2025, 9, 30)))))
                .expectScheduledDeadlineWithName(endOf(LocalDate.of(2025, 9, 30)), Incident.DEADLINE_DUE);
    }

    @Test
    void theOldDueDateNoLongerBreachesAfterAnExtension() {
        fixture.given(investigating("L2"))
                .andGivenCommands(
                        new SetInvestigationLevel(ID, "L2", at(LocalDate.of(2025, 4, 24), 10)),
                        new AgreeExtension(ID, LocalDate.of(2025, 9, 30), "QWU", "Police", DECLARED))
                .whenTimeAdvancesTo(at(LocalDate.of(2025, 8, 1), 10))
                .expectNoEvents();
    }

    @Test
    void aReportGoesToAssuranceWhichClosesOrAsksForMoreAndAClosedSiCanReopen() {
        Object[] submitted = {
            reported(SIF),
            new SeriousIncidentDeclared(SIF, IDENTIFIED, null, DECLARED, "serious_harm"),
            new SeriousIncidentLoggedOnSteis(SIF, "2025/1"),
            new InitialReviewSubmitted(SIF),
            new InvestigationLevelSet(SIF, "L1", LocalDate.of(2025, 7, 16)),
            new InvestigationReportSubmitted(SIF)
        };
        fixture.given(submitted)
                .when(new RequestFurtherInformation(ID, "QWU", DECLARED))
                .expectEvents(new FurtherInformationRequested(SIF, "QWU"));
        fixture.given(submitted)
                .when(new CloseSeriousIncident(ID, "QWU", DECLARED))
                .expectEvents(new SeriousIncidentClosed(SIF, "QWU"));
        fixture.given(submitted)
                .andGiven(new SeriousIncidentClosed(SIF, "QWU"))
                .when(new ReopenSeriousIncident(ID, "Coroner", DECLARED))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e.equals(new SeriousIncidentReopened(SIF, "Coroner"))),
                        predicate(e -> e instanceof DeadlineSet set
                                && set.deadlineType().equals("report_60wd")),
                        andNoMore())));
    }

    @Test
    void anIllegalTransitionNamesTheStatusAndTheAllowedActions() {
        fixture.given(reported(SIF))
                .when(new SubmitReport(ID, DECLARED))
                .expectException(Matchers.predicate(e -> e instanceof IllegalTransition t
                        && t.current() == Status.REPORTED
                        && t.allowedActions().contains("declare-serious-incident")
                        && !t.allowedActions().contains("submit-report")))
                .expectNoEvents();
        fixture.given(reported(SIF))
                .when(new ChooseLearningResponse(ID, "aar", null, DECLARED))
                .expectException(IllegalTransition.class);
    }

    // ---- PSIRF 2022 -----------------------------------------------------------------------------------------------

    @Test
    void aPsirfIncidentHasNoSeriousIncidentPath() {
        fixture.given(reported(PSIRF))
                .when(new DeclareSeriousIncident(ID, null, "serious_harm", false, DECLARED))
                .expectException(IllegalTransition.class);
    }

    @Test
    void aLearningResponseRunsFromChoiceToClosure() {
        fixture.given(reported(PSIRF))
                .when(new ChooseLearningResponse(ID, "mdt", null, DECLARED))
                .expectEvents(new LearningResponseChosen(PSIRF, "mdt", null));
        fixture.given(reported(PSIRF), new LearningResponseChosen(PSIRF, "mdt", null))
                .when(new AgreeTimeframe(ID, LocalDate.of(2025, 6, 30), DECLARED))
                .expectEvents(new LearningResponseTimeframeAgreed(PSIRF, LocalDate.of(2025, 6, 30)));
        fixture.given(
                        reported(PSIRF),
                        new LearningResponseChosen(PSIRF, "mdt", null),
                        new LearningResponseTimeframeAgreed(PSIRF, LocalDate.of(2025, 6, 30)))
                .when(new AgreeFindings(ID, DECLARED))
                .expectEvents(new FindingsAgreed(PSIRF));
        fixture.given(
                        reported(PSIRF),
                        new LearningResponseChosen(PSIRF, "mdt", null),
                        new LearningResponseTimeframeAgreed(PSIRF, LocalDate.of(2025, 6, 30)),
                        new FindingsAgreed(PSIRF),
                        new SafetyActionsAgreed(PSIRF))
                .when(new CloseLearningResponse(ID, DECLARED))
                .expectEvents(new LearningResponseClosed(PSIRF));
    }

    @Test
    void noLearningResponseClosesAtOnce() {
        fixture.given(reported(PSIRF))
                .when(new ChooseLearningResponse(ID, "none", null, DECLARED))
                .expectEvents(new LearningResponseChosen(PSIRF, "none", null), new LearningResponseClosed(PSIRF));
    }

    @Test
    void aTimeframeCannotBeAgreedInThePast() {
        fixture.given(reported(PSIRF), new LearningResponseChosen(PSIRF, "aar", null))
                .when(new AgreeTimeframe(ID, LocalDate.of(2025, 1, 1), DECLARED))
                .expectException(RuleViolation.class);
    }

    @Test
    void aNeverEventUnderPsirfNeedsAPsii() {
        fixture.given(reported(PSIRF, content(false, "3", "3")))
                .when(new ChooseLearningResponse(ID, "swarm", null, DECLARED))
                .expectException(RuleViolation.class);
        fixture.given(reported(PSIRF, content(false, "3", "3")))
                .when(new ChooseLearningResponse(ID, "psii", null, DECLARED))
                .expectEvents(new LearningResponseChosen(PSIRF, "psii", null));
    }

    static IncidentContent nationally(String requirement) {
        IncidentContent c = content(false, null, "1");
        return new IncidentContent(
                c.occurredOn(),
                c.identifiedAt(),
                c.description(),
                c.immediateActions(),
                c.nearMiss(),
                c.neverEventType(),
                c.patients(),
                c.outcomeType(),
                c.riskTheme(),
                c.riskImminent(),
                c.goodCare(),
                requirement);
    }

    @Test
    void aNationallyRequiredResponseDecidesTheChoice() {
        // DOMAIN §3.5: a Learning from Deaths death needs a locally led PSII, a mental-health homicide goes to RIIT,
        // a child death to CDOP, a maternity incident to MNSI or HSSIB.
        fixture.given(reported(PSIRF, nationally("learning_from_deaths")))
                .when(new ChooseLearningResponse(ID, "aar", null, DECLARED))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.predicate(m -> m.toString().contains("psii")))
                .expectNoEvents();
        fixture.given(reported(PSIRF, nationally("learning_from_deaths")))
                .when(new ChooseLearningResponse(ID, "psii", null, DECLARED))
                .expectEvents(new LearningResponseChosen(PSIRF, "psii", null));
        fixture.given(reported(PSIRF, nationally("mental_health_homicide")))
                .when(new ChooseLearningResponse(ID, "psii", null, DECLARED))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.predicate(m -> m.toString().contains("RIIT")));
        fixture.given(reported(PSIRF, nationally("mental_health_homicide")))
                .when(new ChooseLearningResponse(ID, "referred_external", "CDOP", DECLARED))
                .expectException(RuleViolation.class);
        fixture.given(reported(PSIRF, nationally("mental_health_homicide")))
                .when(new ChooseLearningResponse(ID, "referred_external", "RIIT", DECLARED))
                .expectSuccessfulHandlerExecution();
        fixture.given(reported(PSIRF, nationally("child_death")))
                .when(new ChooseLearningResponse(ID, "none", null, DECLARED))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(reported(PSIRF, nationally("maternity_neonatal")))
                .when(new ChooseLearningResponse(ID, "referred_external", "HSSIB", DECLARED))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aRevisionDropsANationalRequirementOnlyWithAReason() {
        IncidentContent dropped = nationally(null);
        fixture.given(
                        reported(PSIRF, nationally("learning_from_deaths")),
                        new LearningResponseChosen(PSIRF, "psii", null))
                .when(new UpdateIncident(ID, "incident", 2, dropped, List.of(), null, null, DECLARED))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anExternalReferralNamesItsBodyAndAwaitsItsFindings() {
        // Which bodies exist is the request's vocabulary (ActionCommandsTest); that a referral names one is a rule.
        fixture.given(reported(PSIRF))
                .when(new ChooseLearningResponse(ID, "referred_external", null, DECLARED))
                .expectException(RuleViolation.class);
        fixture.given(reported(PSIRF))
                .when(new ChooseLearningResponse(ID, "referred_external", "HSSIB", DECLARED))
                .expectResultMessagePayloadMatching(
                        Matchers.predicate(result(s -> s.status().equals("awaiting_external")
                                && s.allowedActions().contains("agree-findings"))));
        fixture.given(reported(PSIRF))
                .when(new ChooseLearningResponse(ID, "aar", "HSSIB", DECLARED))
                .expectException(RuleViolation.class);
    }

    @Test
    void aSeriousIncidentIsNotDeclaredWithoutTheTimeItWasIdentified() {
        IncidentContent unknownT0 = new IncidentContent(
                LocalDate.of(2025, 4, 16),
                null,
                "Second dose of enoxaparin given.",
                null,
                false,
                null,
                List.of(new PatientRecord("pt-1", "sealed", "65-74", "3", "4")),
                null,
                null,
                null,
                null,
                null);
        fixture.given(reported(SIF, unknownT0))
                .when(new DeclareSeriousIncident(ID, null, "serious_harm", false, DECLARED))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.predicate(m -> m.toString().contains("identifiedAt")))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void deadlinesFireOnlyForTheirOwnDueTime() {
        // A fired trigger for a due time that has since moved is recognised as stale and ignored.
        fixture.given(
                        reported(SIF),
                        new SeriousIncidentDeclared(SIF, IDENTIFIED, null, DECLARED, "serious_harm"),
                        new DeadlineSet(
                                SIF,
                                "steis_2wd",
                                LocalDate.of(2025, 4, 30),
                                endOf(LocalDate.of(2025, 4, 30)),
                                null,
                                null))
                .whenTimeElapses(Duration.ZERO)
                .expectNoEvents();
    }
}
