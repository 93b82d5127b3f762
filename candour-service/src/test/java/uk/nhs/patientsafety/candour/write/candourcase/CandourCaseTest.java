package uk.nhs.patientsafety.candour.write.candourcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.nhs.patientsafety.candour.events.CandourEvents.*;
import uk.nhs.patientsafety.candour.events.CaseKey;
import uk.nhs.patientsafety.candour.reference.CandourPolicy;
import uk.nhs.patientsafety.candour.write.candourcase.CandourCommands.*;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.reference.calendar.WorkingDayCalendar;

/**
 * The candour case, given events / when command / then events or refusal, with time travel for the contractual
 * target. Dates are DOMAIN §10.1's worked example: reported on Friday 19 December 2025, 10 working days later is
 * Wednesday 7 January 2026 (Christmas, Boxing Day and New Year's Day skipped).
 */
class CandourCaseTest {

    static final String ID = "case-1";
    static final CaseKey TRUST = new CaseKey(ID, "incident-1", "RT5", "pt-1");
    static final CaseKey GP = new CaseKey(ID, "incident-1", "C82010", "pt-1");
    static final LocalDate INCIDENT_DATE = LocalDate.of(2025, 12, 18);
    static final Instant REPORTED = at(LocalDate.of(2025, 12, 19), 10);
    static final LocalDate DUE = LocalDate.of(2026, 1, 7);

    FixtureConfiguration<CandourCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CandourCase.class);
        fixture.registerInjectableResource(new CandourPolicy(new WorkingDayCalendar()));
        fixture.registerInjectableResource(new FakeLetters());
        fixture.givenCurrentTime(REPORTED);
    }

    static Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(England.ZONE).toInstant();
    }

    static Instant endOf(LocalDate date) {
        return England.endOf(date);
    }

    static ScreenCase screen(CaseKey key, String providerType, String trigger, String physical, String psychological) {
        return new ScreenCase(
                key.caseId(),
                key.incidentId(),
                key.providerOds(),
                key.patientRef(),
                trigger,
                physical,
                psychological,
                providerType,
                INCIDENT_DATE,
                REPORTED,
                false,
                REPORTED);
    }

    static CaseOpened opened(CaseKey key, String providerType) {
        return new CaseOpened(key, INCIDENT_DATE, REPORTED, false, providerType);
    }

    static CaseScreened screened(CaseKey key, String providerType, String ruleset, String harm, boolean required) {
        return new CaseScreened(key, "reported", harm, "none", harm, false, providerType, ruleset, required);
    }

    static CandourAssessmentRequired required(CaseKey key, String ruleset, String harm) {
        return new CandourAssessmentRequired(key, "reported", harm, ruleset, REPORTED, DUE);
    }

    static CandourDeadlineSet deadlineSet() {
        return new CandourDeadlineSet(TRUST, "verbal_notification", DUE, endOf(DUE), "a-1", "b-1");
    }

    static Object[] awaitingAssessment() {
        return new Object[] {
            opened(TRUST, "nhs_trust"),
            screened(TRUST, "nhs_trust", "reg20_8", "moderate", true),
            required(TRUST, "reg20_8", "moderate"),
            deadlineSet()
        };
    }

    static CandourAssessed applicable(CaseKey key, String ruleset, String providerType) {
        return new CandourAssessed(
                key,
                providerType,
                ruleset,
                true,
                true,
                "moderate_harm",
                false,
                "Unplanned return to theatre.",
                true,
                null,
                "moderate");
    }

    static Object[] withRelevantPerson() {
        return Stream.concat(
                        Stream.of(awaitingAssessment()),
                        Stream.of(
                                applicable(TRUST, "reg20_8", "nhs_trust"),
                                new RelevantPersonIdentified(TRUST, "patient", "pt-9", "sealed")))
                .toArray();
    }

    static Assess assess(Boolean unintended, Boolean regulated, String harm, Boolean potential, String reason) {
        return new Assess(ID, unintended, regulated, harm, potential, "Rationale.", reason, REPORTED.plusSeconds(60));
    }

    static RecordNotification notification(String account, String enquiries, String support, String apology) {
        Instant given = at(LocalDate.of(2025, 12, 22), 14);
        return new RecordNotification(
                ID, "Dr A Consultant", given, "Ward 7 family room", true, account, enquiries, support, apology, given);
    }

    // ---- screening -----------------------------------------------------------------------------------------------

    @Test
    void anNhsTrustsModerateHarmReportOpensACaseThatNeedsAssessmentWithTheTenWorkingDayTarget() {
        fixture.givenNoPriorActivity()
                .when(screen(TRUST, "nhs_trust", "reported", "moderate", "none"))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e.equals(opened(TRUST, "nhs_trust"))),
                        predicate(e -> e.equals(screened(TRUST, "nhs_trust", "reg20_8", "moderate", true))),
                        predicate(e -> e.equals(required(TRUST, "reg20_8", "moderate"))),
                        predicate(e -> e instanceof CandourDeadlineSet set
                                && set.dueOn().equals(DUE)
                                && set.dueAt().equals(endOf(DUE))),
                        andNoMore())))
                .expectScheduledDeadlineWithName(endOf(DUE), CandourCase.DEADLINE_DUE)
                .expectResultMessagePayloadMatching(predicate(
                        r -> r instanceof CommandResult c && c.status().equals("assessment_required")));
    }

    @Test
    void lowHarmIsScreenedOutAndNoClockRuns() {
        fixture.givenNoPriorActivity()
                .when(screen(TRUST, "nhs_trust", "reported", "low", "none"))
                .expectEvents(opened(TRUST, "nhs_trust"), screened(TRUST, "nhs_trust", "reg20_8", "low", false))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aRiseInHarmScreensAgainAndRequiresTheAssessment() {
        fixture.given(opened(TRUST, "nhs_trust"), screened(TRUST, "nhs_trust", "reg20_8", "low", false))
                .when(screen(TRUST, null, "harm_regraded", "severe", null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e instanceof CaseScreened s && s.assessmentRequired()),
                        predicate(e -> e instanceof CandourAssessmentRequired r
                                && r.trigger().equals("harm_regraded")
                                && r.screenedHarm().equals("severe")
                                && r.notificationDueOn().equals(DUE)),
                        predicate(e -> e instanceof CandourDeadlineSet),
                        andNoMore())));
    }

    @Test
    void uncertainHarmIsScreenedAsTheMostRelevantHarm() {
        fixture.givenNoPriorActivity()
                .when(screen(TRUST, "nhs_trust", "reported", null, null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e instanceof CaseOpened),
                        predicate(e -> e instanceof CaseScreened s && s.uncertain() && s.assessmentRequired()),
                        predicate(e -> e instanceof CandourAssessmentRequired),
                        predicate(e -> e instanceof CandourDeadlineSet),
                        andNoMore())));
    }

    @Test
    void afterANotApplicableAssessmentOnlyARiseAboveTheAssessedHarmReopensIt() {
        CandourAssessed notApplicable = new CandourAssessed(
                TRUST,
                "nhs_trust",
                "reg20_8",
                false,
                true,
                "moderate_harm",
                false,
                "Known complication, consented.",
                false,
                "Expected outcome of the procedure.",
                "moderate");
        Object[] given = Stream.concat(
                        Stream.of(awaitingAssessment()),
                        Stream.of(notApplicable, new CandourDeadlineStopped(TRUST, "verbal_notification")))
                .toArray();

        fixture.given(given)
                .when(screen(TRUST, null, "harm_regraded", "moderate", "moderate"))
                .expectEventsMatching(
                        payloadsMatching(exactSequenceOf(predicate(e -> e instanceof CaseScreened), andNoMore())));
        fixture.given(given)
                .when(screen(TRUST, null, "harm_regraded", "severe", null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e instanceof CaseScreened),
                        predicate(e -> e instanceof CandourAssessmentRequired),
                        predicate(e -> e instanceof CandourDeadlineSet),
                        andNoMore())));
    }

    @Test
    void onceTheDutyAppliesARegradeIsRecordedAndChangesNothing() {
        fixture.given(withRelevantPerson())
                .when(screen(TRUST, null, "harm_regraded", "low", null))
                .expectEventsMatching(
                        payloadsMatching(exactSequenceOf(predicate(e -> e instanceof CaseScreened), andNoMore())));
    }

    // ---- assessment: 20(8) for a health service body, 20(9) for any other registered person -----------------------

    static Stream<Arguments> harmTables() {
        List<String> reg20_8 = List.of("death", "severe_harm", "moderate_harm", "prolonged_psychological_harm");
        List<String> reg20_9 = List.of(
                "death",
                "impairment_28_days",
                "body_structure_change",
                "prolonged_pain",
                "prolonged_psychological_harm",
                "shortened_life_expectancy",
                "treatment_to_prevent");
        return Stream.of(
                        "death",
                        "severe_harm",
                        "moderate_harm",
                        "prolonged_psychological_harm",
                        "impairment_28_days",
                        "body_structure_change",
                        "prolonged_pain",
                        "shortened_life_expectancy",
                        "treatment_to_prevent")
                .flatMap(harm -> Stream.of(
                        Arguments.of("nhs_trust", "reg20_8", harm, reg20_8.contains(harm)),
                        Arguments.of("foundation_trust", "reg20_8", harm, reg20_8.contains(harm)),
                        Arguments.of("gp_practice", "reg20_9", harm, reg20_9.contains(harm)),
                        Arguments.of("independent_hospital", "reg20_9", harm, reg20_9.contains(harm)),
                        Arguments.of("care_home", "reg20_9", harm, reg20_9.contains(harm))));
    }

    @ParameterizedTest(name = "{0} ({1}): {2} notifiable = {3}")
    @MethodSource("harmTables")
    void eachHarmIsJudgedByTheRulesetOfTheProvidersType(
            String providerType, String ruleset, String harm, boolean notifiable) {
        if (notifiable) {
            fixture.given(
                            opened(TRUST, providerType),
                            screened(TRUST, providerType, ruleset, "moderate", true),
                            required(TRUST, ruleset, "moderate"),
                            deadlineSet())
                    .when(assess(true, true, harm, false, null))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            predicate(e -> e instanceof CandourAssessed a
                                    && a.applicable()
                                    && a.ruleset().equals(ruleset)
                                    && a.harmCategory().equals(harm)),
                            andNoMore())));
        } else {
            fixture.given(
                            opened(TRUST, providerType),
                            screened(TRUST, providerType, ruleset, "moderate", true),
                            required(TRUST, ruleset, "moderate"),
                            deadlineSet())
                    .when(assess(true, true, harm, false, null))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(
                            org.hamcrest.Matchers.containsString(ruleset.equals("reg20_8") ? "20(8)" : "20(9)"));
        }
    }

    @Test
    void aGpPracticesIncidentIsJudgedUnder20_9WherePotentialHarmDoesNotCount() {
        Object[] given = {
            opened(GP, "gp_practice"),
            screened(GP, "gp_practice", "reg20_9", "moderate", true),
            required(GP, "reg20_9", "moderate"),
            deadlineSet()
        };
        fixture.given(given)
                .when(assess(true, true, "treatment_to_prevent", true, null))
                .expectException(RuleViolation.class);
        fixture.given(given)
                .when(assess(true, true, "treatment_to_prevent", false, null))
                .expectResultMessagePayloadMatching(
                        predicate(r -> r instanceof CommandResult c && "reg20_9".equals(c.ruleset())));
    }

    @Test
    void aHealthServiceBodyCountsHarmTheIncidentCouldResultIn() {
        fixture.given(awaitingAssessment())
                .when(assess(true, true, "severe_harm", true, null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e instanceof CandourAssessed a && a.applicable() && a.potential()),
                        andNoMore())));
    }

    @Test
    void whenATestFailsTheDutyDoesNotApplyTheReasonIsRequiredAndTheClockStops() {
        fixture.given(awaitingAssessment())
                .when(assess(false, true, "moderate_harm", false, null))
                .expectException(RuleViolation.class);
        fixture.given(awaitingAssessment())
                .when(assess(true, false, "moderate_harm", false, "Happened outside a regulated activity."))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e instanceof CandourAssessed a
                                && !a.applicable()
                                && a.notApplicableReason().startsWith("Happened")),
                        predicate(e -> e instanceof CandourDeadlineStopped),
                        andNoMore())));
    }

    @Test
    void anAssessmentWithoutTheProvidersTypeIsRefused() {
        fixture.given(
                        opened(TRUST, null),
                        screened(TRUST, null, null, "moderate", true),
                        required(TRUST, null, "moderate"),
                        deadlineSet())
                .when(assess(true, true, "moderate_harm", false, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("provider's type"));
    }

    @Test
    void anActionTheStatusDoesNotAllowIsRefusedNamingTheAllowedOnes() {
        fixture.given(awaitingAssessment())
                .when(notification("Account.", "Review.", "Liaison.", "We are sorry."))
                .expectException(IllegalTransition.class);
    }

    // ---- notification in person (20(3)) -----------------------------------------------------------------------

    @Test
    void aNotificationWithTheAccountEnquiriesSupportAndApologyMeetsTheTarget() {
        fixture.given(withRelevantPerson())
                .when(notification("The second dose was given in error.", "A review.", "PALS.", "We are sorry."))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e instanceof VerbalNotificationGiven v
                                && v.withinTarget()
                                && v.notifiedOn().equals(LocalDate.of(2025, 12, 22))
                                && v.dueOn().equals(DUE)),
                        predicate(e ->
                                e instanceof CandourDeadlineMet m && m.step().equals("verbal_notification")),
                        predicate(e -> e instanceof CandourDeadlineSet w
                                && w.step().equals("written_notification")
                                && w.dueOn().equals(DUE)),
                        andNoMore())))
                .expectScheduledDeadlineWithName(endOf(DUE), CandourCase.DEADLINE_DUE);
    }

    static Stream<Arguments> missingElements() {
        return Stream.of(
                Arguments.of(notification("Account.", "Review.", "PALS.", null), "apology"),
                Arguments.of(notification("Account.", "Review.", "PALS.", " "), "apology"),
                Arguments.of(notification(null, "Review.", "PALS.", "Sorry."), "account"),
                Arguments.of(notification("Account.", null, "PALS.", "Sorry."), "furtherEnquiries"),
                Arguments.of(notification("Account.", "Review.", null, "Sorry."), "supportOffered"));
    }

    @ParameterizedTest(name = "without {1}")
    @MethodSource("missingElements")
    void aNotificationWithoutAnElementIsRefusedNamingIt(RecordNotification command, String field) {
        fixture.given(withRelevantPerson())
                .when(command)
                .expectException(
                        predicate(e -> e instanceof RuleViolation v && v.field().equals(field)));
    }

    @Test
    void aNotificationNotInPersonIsRefused() {
        RecordNotification letter = notification("Account.", "Review.", "PALS.", "Sorry.");
        fixture.given(withRelevantPerson())
                .when(new RecordNotification(
                        ID,
                        letter.givenBy(),
                        letter.givenAt(),
                        letter.place(),
                        false,
                        letter.account(),
                        letter.furtherEnquiries(),
                        letter.supportOffered(),
                        letter.apology(),
                        letter.at()))
                .expectException(
                        predicate(e -> e instanceof RuleViolation v && v.field().equals("inPerson")));
    }

    // ---- 20(5): declined or cannot be contacted ------------------------------------------------------------------

    @Test
    void cannotBeContactedNeedsAFailedAttemptFirst() {
        fixture.given(withRelevantPerson())
                .when(new RecordCannotContact(ID, "No answer.", REPORTED))
                .expectException(
                        predicate(e -> e instanceof RuleViolation v && v.field().equals("attempts")));
    }

    @Test
    void cannotBeContactedAfterFailedAttemptsClosesTheStatutoryStepsWithTheAttemptsKept() {
        Object[] given = Stream.concat(
                        Stream.of(withRelevantPerson()),
                        Stream.of(
                                new ContactAttempted(TRUST, 1, REPORTED, "telephone", false, null),
                                new ContactAttempted(TRUST, 2, REPORTED, "letter", false, null)))
                .toArray();
        fixture.given(given)
                .when(new RecordCannotContact(ID, "No reply by telephone or letter.", REPORTED.plusSeconds(5)))
                .expectEvents(
                        new StatutoryStepsClosed(TRUST, "cannot_be_contacted", 2, "No reply by telephone or letter."),
                        new CandourDeadlineStopped(TRUST, "verbal_notification"))
                .expectNoScheduledDeadlines()
                .expectResultMessagePayloadMatching(predicate(r -> r instanceof CommandResult c
                        && c.status().equals("exempt")
                        && c.allowedActions().isEmpty()));
    }

    @Test
    void aRelevantPersonWhoWasReachedIsNotUncontactable() {
        fixture.given(Stream.concat(
                                Stream.of(withRelevantPerson()),
                                Stream.of(new ContactAttempted(TRUST, 1, REPORTED, "telephone", true, null)))
                        .toArray())
                .when(new RecordCannotContact(ID, "No answer.", REPORTED))
                .expectException(RuleViolation.class);
    }

    @Test
    void declinedClosesTheStatutorySteps() {
        fixture.given(withRelevantPerson())
                .when(new RecordDeclined(ID, "Did not wish to discuss it.", REPORTED))
                .expectEvents(
                        new StatutoryStepsClosed(TRUST, "declined", 0, "Did not wish to discuss it."),
                        new CandourDeadlineStopped(TRUST, "verbal_notification"));
    }

    @Test
    void anAttemptIsRecordedOnlyOnceMade() {
        fixture.given(withRelevantPerson())
                .when(new RecordContactAttempt(ID, REPORTED.plusSeconds(3600), "telephone", false, null, REPORTED))
                .expectException(RuleViolation.class);
        fixture.given(withRelevantPerson())
                .when(new RecordContactAttempt(ID, REPORTED, "telephone", false, "Voicemail.", REPORTED))
                .expectEvents(new ContactAttempted(TRUST, 1, REPORTED, "telephone", false, "Voicemail."));
    }

    // ---- the contractual target: 10 working days, bank holidays skipped -----------------------------------------

    @Test
    void theTargetWarnsTwoWorkingDaysBeforeAndIsSignalledOverdueWhenItPasses() {
        fixture.givenNoPriorActivity()
                .andGivenCommands(screen(TRUST, "nhs_trust", "reported", "severe", "none"))
                .whenTimeElapses(java.time.Duration.between(REPORTED, at(LocalDate.of(2026, 1, 5), 12)))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e instanceof CandourDeadlineApproaching a
                                && a.dueAt().equals(endOf(DUE))),
                        andNoMore())));
        fixture.givenNoPriorActivity()
                .andGivenCommands(screen(TRUST, "nhs_trust", "reported", "severe", "none"))
                .whenTimeElapses(java.time.Duration.between(REPORTED, endOf(DUE).plusSeconds(1)))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e instanceof CandourDeadlineApproaching),
                        predicate(e -> e instanceof CandourOverdue o
                                && o.step().equals("verbal_notification")
                                && o.dueAt().equals(endOf(DUE))),
                        andNoMore())));
    }

    @Test
    void theDayBeforeTheTargetEndsNothingIsOverdue() {
        fixture.givenNoPriorActivity()
                .andGivenCommands(screen(TRUST, "nhs_trust", "reported", "severe", "none"))
                .whenTimeElapses(java.time.Duration.between(REPORTED, endOf(DUE).minusSeconds(1)))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(predicate(e -> e instanceof CandourDeadlineApproaching), andNoMore())));
    }

    @Test
    void aNotificationAfterTheTargetIsRecordedAsLate() {
        Instant late = at(LocalDate.of(2026, 1, 8), 11);
        RecordNotification n = notification("Account.", "Review.", "PALS.", "Sorry.");
        fixture.given(Stream.concat(
                                Stream.of(withRelevantPerson()),
                                Stream.of(new CandourOverdue(TRUST, "verbal_notification", endOf(DUE))))
                        .toArray())
                .when(new RecordNotification(
                        ID,
                        n.givenBy(),
                        late,
                        n.place(),
                        true,
                        n.account(),
                        n.furtherEnquiries(),
                        n.supportOffered(),
                        n.apology(),
                        late))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e instanceof VerbalNotificationGiven v && !v.withinTarget()),
                        predicate(e -> e instanceof CandourDeadlineMet),
                        predicate(e ->
                                e instanceof CandourDeadlineSet w && w.step().equals("written_notification")),
                        andNoMore())));
    }

    @Test
    void theWorkedExampleSkipsChristmasAndNewYear() {
        CandourPolicy policy = new CandourPolicy(new WorkingDayCalendar());
        assertThat(policy.notificationDue(LocalDate.of(2025, 12, 19))).isEqualTo(DUE);
        assertThat(policy.approachingOn(DUE)).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    // ---- written notification (20(4)), updates, findings, completion ----------------------------------------------

    /** Letters without a vault: the person is "Janet", sealing marks the text. */
    static final class FakeLetters extends Letters {
        @Override
        public java.util.Optional<String> nameOf(String personRef, String sealedPerson) {
            return java.util.Optional.of("Janet");
        }

        @Override
        public Sealed seal(String caseId, String text) {
            return new Sealed("pt-9", "sealed:" + text);
        }
    }

    static VerbalNotificationGiven given() {
        return new VerbalNotificationGiven(
                TRUST,
                "Dr A Consultant",
                at(LocalDate.of(2025, 12, 22), 14),
                "Ward 7 family room",
                "The second dose was given in error.",
                "A patient safety incident investigation.",
                "A named contact.",
                "We are very sorry.",
                LocalDate.of(2025, 12, 22),
                DUE,
                true);
    }

    static CandourDeadlineSet writtenSet() {
        return new CandourDeadlineSet(TRUST, "written_notification", DUE, endOf(DUE), "a-2", "b-2");
    }

    static Object[] notified() {
        return Stream.concat(
                        Stream.of(withRelevantPerson()),
                        Stream.of(given(), new CandourDeadlineMet(TRUST, "verbal_notification"), writtenSet()))
                .toArray();
    }

    static WrittenNotificationDrafted drafted() {
        return new WrittenNotificationDrafted(TRUST, "doc-1", 1, false, "pt-9", "sealed:letter", 6);
    }

    static Object[] sent() {
        return Stream.concat(
                        Stream.of(notified()),
                        Stream.of(
                                drafted(),
                                new WrittenNotificationSent(
                                        TRUST, "doc-1", LocalDate.of(2025, 12, 23), "post", true, null, null, null, 0),
                                new CandourDeadlineMet(TRUST, "written_notification")))
                .toArray();
    }

    @Test
    void theDraftRepeatsTheAccountTheEnquiriesTheirResultsAndTheApology() {
        fixture.given(notified())
                .when(new DraftWrittenNotification(ID, "The review found the chart was not signed.", null, REPORTED))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e instanceof WrittenNotificationDrafted d
                                && d.version() == 1
                                && !d.edited()
                                && d.sealedText().startsWith("sealed:Dear Janet,")
                                && d.sealedText().contains("The second dose was given in error.")
                                && d.sealedText().contains("A patient safety incident investigation.")
                                && d.sealedText().contains("The review found the chart was not signed.")
                                && d.sealedText().contains("We are very sorry.")),
                        andNoMore())));
    }

    @Test
    void theLeadsEditIsANewVersion() {
        fixture.given(Stream.concat(Stream.of(notified()), Stream.of(drafted())).toArray())
                .when(new DraftWrittenNotification(ID, null, "Dear Janet, edited.", REPORTED))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e instanceof WrittenNotificationDrafted d
                                && d.version() == 2
                                && d.edited()
                                && d.sealedText().equals("sealed:Dear Janet, edited.")),
                        andNoMore())));
    }

    @Test
    void markingAsSentNeedsADraftOfThisCaseAndMeetsTheWrittenTarget() {
        fixture.given(notified())
                .when(new MarkWrittenNotificationSent(ID, "doc-1", LocalDate.of(2025, 12, 23), "post", null, REPORTED))
                .expectException(
                        predicate(e -> e instanceof RuleViolation v && v.field().equals("documentId")));
        fixture.given(Stream.concat(Stream.of(notified()), Stream.of(drafted())).toArray())
                .when(new MarkWrittenNotificationSent(
                        ID,
                        "doc-1",
                        LocalDate.of(2025, 12, 23),
                        "post",
                        new Copy("application/pdf", "%PDF-1.4".getBytes()),
                        at(LocalDate.of(2025, 12, 23), 17)))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e instanceof WrittenNotificationSent w
                                && w.withinTarget()
                                && w.copyBytes() == 8
                                && w.sealedCopy().startsWith("sealed:")),
                        predicate(e ->
                                e instanceof CandourDeadlineMet m && m.step().equals("written_notification")),
                        andNoMore())))
                .expectResultMessagePayloadMatching(predicate(
                        r -> r instanceof CommandResult c && c.status().equals("written_sent")));
    }

    @Test
    void theWrittenNotificationIsSignalledOverdueWhenItsTargetPasses() {
        fixture.givenNoPriorActivity()
                .andGivenCommands(
                        screen(TRUST, "nhs_trust", "reported", "severe", "none"),
                        new Assess(ID, true, true, "severe_harm", false, "Rationale.", null, REPORTED),
                        new IdentifyRelevantPerson(ID, "patient", "pt-9", "sealed", REPORTED),
                        new RecordNotification(
                                ID, "Dr A", REPORTED, "Ward", true, "Account.", "Review.", "PALS.", "Sorry.", REPORTED))
                .whenTimeElapses(java.time.Duration.between(REPORTED, endOf(DUE).plusSeconds(1)))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(e -> e instanceof CandourDeadlineApproaching a
                                && a.step().equals("written_notification")),
                        predicate(e -> e instanceof CandourOverdue o && o.step().equals("written_notification")),
                        andNoMore())));
    }

    @Test
    void findingsAreSharedOnlyAfterTheIncidentsResponseConcludes() {
        ShareFindings share =
                new ShareFindings(ID, LocalDate.of(2026, 3, 1), "meeting", "The investigation's findings.", REPORTED);
        fixture.given(sent())
                .when(share)
                .expectException(
                        predicate(e -> e instanceof RuleViolation v && v.field().equals("findings")));
        fixture.given(sent())
                .when(new ProvideUpdate(ID, LocalDate.of(2026, 1, 20), "telephone", "Interviews done.", REPORTED))
                .expectEvents(
                        new CandourUpdateProvided(TRUST, LocalDate.of(2026, 1, 20), "telephone", "Interviews done."));
        fixture.given(Stream.concat(
                                Stream.of(sent()),
                                Stream.of(new IncidentResponseConcluded(TRUST, "serious_incident_closed")))
                        .toArray())
                .when(share)
                .expectEvents(new CandourFindingsShared(
                        TRUST, LocalDate.of(2026, 3, 1), "meeting", "The investigation's findings."));
    }

    @Test
    void theResponseConcludingIsRecordedOnceAtAnyStatus() {
        fixture.given(awaitingAssessment())
                .when(new RecordResponseConcluded(ID, "learning_response_closed", REPORTED))
                .expectEvents(new IncidentResponseConcluded(TRUST, "learning_response_closed"));
        fixture.given(Stream.concat(
                                Stream.of(awaitingAssessment()),
                                Stream.of(new IncidentResponseConcluded(TRUST, "findings_agreed")))
                        .toArray())
                .when(new RecordResponseConcluded(ID, "learning_response_closed", REPORTED))
                .expectNoEvents();
    }

    @Test
    void aCaseIsCompletedOnceTheFindingsAreShared() {
        fixture.given(sent()).when(new Complete(ID, REPORTED)).expectException(IllegalTransition.class);
        fixture.given(Stream.concat(
                                Stream.of(sent()),
                                Stream.of(
                                        new IncidentResponseConcluded(TRUST, "findings_agreed"),
                                        new CandourFindingsShared(
                                                TRUST, LocalDate.of(2026, 3, 1), "meeting", "Findings.")))
                        .toArray())
                .when(new Complete(ID, REPORTED))
                .expectEvents(new CandourCompleted(TRUST))
                .expectResultMessagePayloadMatching(predicate(r -> r instanceof CommandResult c
                        && c.status().equals("completed")
                        && c.allowedActions().isEmpty()));
    }

    // ---- family involvement (SIs and PSIIs) -----------------------------------------------------------------------

    static Object[] family() {
        return Stream.concat(
                        Stream.of(awaitingAssessment()),
                        Stream.of(new FamilyInvolvementRequired(TRUST, "serious_incident")))
                .toArray();
    }

    static RecordFamilyMeeting meeting(Boolean awayFromSite) {
        return new RecordFamilyMeeting(
                ID, LocalDate.of(2025, 12, 19), "A community centre", awayFromSite, true, true, "Notes.", REPORTED);
    }

    @Test
    void familyInvolvementIsForSeriousIncidentsAndPsiisOnly() {
        fixture.given(awaitingAssessment())
                .when(meeting(true))
                .expectException(
                        predicate(e -> e instanceof RuleViolation v && v.field().equals("familyInvolvement")));
        fixture.given(awaitingAssessment())
                .when(new RequireFamilyInvolvement(ID, "psii", REPORTED))
                .expectEvents(new FamilyInvolvementRequired(TRUST, "psii"));
        fixture.given(family())
                .when(new RequireFamilyInvolvement(ID, "psii", REPORTED))
                .expectNoEvents();
    }

    @Test
    void aFamilyMeetingIsHeldAwayFromTheSiteOfTheIncident() {
        fixture.given(family())
                .when(meeting(false))
                .expectException(
                        predicate(e -> e instanceof RuleViolation v && v.field().equals("awayFromSite")));
        fixture.given(family())
                .when(meeting(true))
                .expectEvents(new FamilyMeetingHeld(
                        TRUST, 1, LocalDate.of(2025, 12, 19), "A community centre", true, true, "Notes."));
    }

    @Test
    void theFamilysConcernsAreRecordedAndAnsweredOnce() {
        fixture.given(family())
                .when(new RecordFamilyConcern(
                        ID, null, LocalDate.of(2025, 12, 19), "Why was it missed?", null, REPORTED))
                .expectEvents(new FamilyConcernRaised(TRUST, 1, LocalDate.of(2025, 12, 19), "Why was it missed?"));
        Object[] raised = Stream.concat(
                        Stream.of(family()),
                        Stream.of(new FamilyConcernRaised(TRUST, 1, LocalDate.of(2025, 12, 19), "Why?")))
                .toArray();
        fixture.given(raised)
                .when(new RecordFamilyConcern(ID, 2, LocalDate.of(2026, 1, 5), null, "Because.", REPORTED))
                .expectException(
                        predicate(e -> e instanceof RuleViolation v && v.field().equals("concern")));
        fixture.given(raised)
                .when(new RecordFamilyConcern(ID, 1, LocalDate.of(2026, 1, 5), null, "Because.", REPORTED))
                .expectEvents(new FamilyConcernAnswered(TRUST, 1, LocalDate.of(2026, 1, 5), "Because."));
        fixture.given(Stream.concat(
                                Stream.of(raised),
                                Stream.of(new FamilyConcernAnswered(TRUST, 1, LocalDate.of(2026, 1, 5), "Because.")))
                        .toArray())
                .when(new RecordFamilyConcern(ID, 1, LocalDate.of(2026, 1, 6), null, "Again.", REPORTED))
                .expectException(RuleViolation.class);
    }

    @Test
    void theFinalReportIsSharedAfterTheDraftAndOnceTheInvestigationConcludes() {
        RecordReportShared fin = new RecordReportShared(ID, "final_report", LocalDate.of(2026, 3, 1), true, REPORTED);
        fixture.given(family())
                .when(fin)
                .expectException(
                        predicate(e -> e instanceof RuleViolation v && v.field().equals("document")));
        fixture.given(Stream.concat(
                                Stream.of(family()),
                                Stream.of(new IncidentResponseConcluded(TRUST, "serious_incident_closed")))
                        .toArray())
                .when(fin)
                .expectException(RuleViolation.class);
        fixture.given(Stream.concat(
                                Stream.of(family()),
                                Stream.of(
                                        new InvestigationDocumentShared(
                                                TRUST, "terms_of_reference", LocalDate.of(2026, 1, 5), true),
                                        new InvestigationDocumentShared(
                                                TRUST, "draft_report", LocalDate.of(2026, 2, 1), true),
                                        new IncidentResponseConcluded(TRUST, "serious_incident_closed")))
                        .toArray())
                .when(fin)
                .expectEvents(new InvestigationDocumentShared(TRUST, "final_report", LocalDate.of(2026, 3, 1), true));
    }
}
