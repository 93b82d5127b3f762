package uk.nhs.patientsafety.assurance.write.safetyaction;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.predicate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.assurance.events.ActionEvents.*;
import uk.nhs.patientsafety.assurance.events.ActionKey;
import uk.nhs.patientsafety.assurance.reference.ActionPolicy;
import uk.nhs.patientsafety.assurance.write.safetyaction.ActionCommands.*;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.reference.calendar.WorkingDayCalendar;

/** A safety action, given/when/then, with time travel for its due date (Friday 27 June 2025). */
class SafetyActionTest {

    static final String ID = "action-1";
    static final ActionKey KEY = new ActionKey(ID, "plan-1", "incident-1", "RKB", "SIF2015", "QWU");
    static final Instant NOW =
            LocalDate.of(2025, 6, 2).atTime(9, 0).atZone(England.ZONE).toInstant();
    static final LocalDate DUE = LocalDate.of(2025, 6, 27);
    static final Instant DUE_AT = England.endOf(DUE);

    FixtureConfiguration<SafetyAction> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SafetyAction.class);
        fixture.registerInjectableResource(new ActionPolicy(new WorkingDayCalendar()));
        fixture.givenCurrentTime(NOW);
    }

    static SafetyActionProposed proposed() {
        return new SafetyActionProposed(
                KEY, "Double-check insulin doses.", "RKB", "Ward manager", DUE, "Audit: 100% of doses", NOW);
    }

    static ActionDeadlineSet set() {
        return new ActionDeadlineSet(KEY, ActionPolicy.ACTION_DEADLINE, DUE, DUE_AT, "a", "b");
    }

    static SafetyActionAgreed agreed() {
        return new SafetyActionAgreed(KEY, "RKB", DUE, "QWU");
    }

    @Test
    void theProviderProposesAnActionWithItsSmartFields() {
        fixture.givenNoPriorActivity()
                .when(new ProposeSafetyAction(
                        ID,
                        "plan-1",
                        "incident-1",
                        "RKB",
                        "SIF2015",
                        "QWU",
                        "Double-check insulin doses.",
                        "RKB",
                        "Ward manager",
                        DUE,
                        "Audit: 100% of doses",
                        NOW))
                .expectEvents(proposed());
    }

    @Test
    void anActionCannotBeDueInThePast() {
        fixture.givenNoPriorActivity()
                .when(new ProposeSafetyAction(
                        ID,
                        "plan-1",
                        "incident-1",
                        "RKB",
                        "SIF2015",
                        "QWU",
                        "d",
                        "RKB",
                        "r",
                        LocalDate.of(2025, 6, 1),
                        "m",
                        NOW))
                .expectException(RuleViolation.class);
    }

    @Test
    void agreeingStartsTheClockToItsDueDate() {
        fixture.given(proposed())
                .when(new AgreeSafetyAction(ID, "QWU", NOW))
                .expectEventsMatching(exactSequenceOf(
                        Matchers.messageWithPayload(Matchers.equalTo(agreed())),
                        Matchers.messageWithPayload(predicate(e -> e instanceof ActionDeadlineSet s
                                && s.dueOn().equals(DUE)
                                && s.dueAt().equals(DUE_AT))),
                        andNoMore()))
                .expectScheduledDeadlineWithName(DUE_AT, SafetyAction.DUE);
    }

    @Test
    void anAgreedActionNotEvidencedByItsDueDateIsOverdue() {
        fixture.given(proposed())
                .andGivenCommands(new AgreeSafetyAction(ID, "QWU", NOW))
                .whenThenTimeElapses(Duration.ofDays(30))
                .expectEvents(
                        new ActionDueSoon(KEY, ActionPolicy.ACTION_DEADLINE, DUE_AT),
                        new SafetyActionOverdue(KEY, ActionPolicy.ACTION_DEADLINE, DUE, DUE_AT));
    }

    @Test
    void evidenceSubmittedInTimeStopsTheClock() {
        fixture.given(proposed())
                .andGivenCommands(
                        new AgreeSafetyAction(ID, "QWU", NOW),
                        new StartSafetyAction(ID, NOW),
                        new SubmitEvidence(ID, "Audit attached.", NOW))
                .whenThenTimeElapses(Duration.ofDays(30))
                .expectNoEvents();
    }

    @Test
    void evidenceRejectedAfterTheDueDateLeavesTheActionOverdueAtOnce() {
        Instant late = DUE_AT.plus(Duration.ofDays(3));
        fixture.given(proposed(), agreed(), set(), new SafetyActionEvidenceSubmitted(KEY, "Audit."))
                .andGivenCurrentTime(late)
                .when(new RejectEvidence(ID, "The audit covers one ward only.", "QWU", late))
                .expectEventsMatching(exactSequenceOf(
                        Matchers.messageWithPayload(Matchers.equalTo(
                                new SafetyActionEvidenceRejected(KEY, "The audit covers one ward only.", "QWU"))),
                        Matchers.messageWithPayload(predicate(e -> e instanceof ActionDeadlineSet)),
                        andNoMore()))
                .expectScheduledDeadlineWithName(DUE_AT, SafetyAction.DUE)
                .expectResultMessagePayloadMatching(
                        predicate(r -> r instanceof ActionResult a && a.status().equals("in_progress")));
    }

    @Test
    void theIcbVerifiesSubmittedEvidence() {
        fixture.given(proposed(), agreed(), set(), new SafetyActionEvidenceSubmitted(KEY, "Audit."))
                .when(new VerifySafetyAction(ID, "QWU", NOW))
                .expectEvents(new SafetyActionVerified(KEY, "QWU"))
                .expectResultMessagePayloadMatching(predicate(r -> r instanceof ActionResult a
                        && a.status().equals("verified")
                        && a.allowedActions().isEmpty()));
    }

    @Test
    void nothingIsVerifiedWithoutEvidence() {
        fixture.given(proposed(), agreed(), set())
                .when(new VerifySafetyAction(ID, "QWU", NOW))
                .expectException(IllegalTransition.class)
                .expectExceptionMessage("'verify' is not allowed for a safety action in status 'agreed'.");
    }

    @Test
    void onlyAnOverdueActionIsEscalated() {
        fixture.given(proposed(), agreed(), set())
                .when(new EscalateSafetyAction(ID, "cqrg", "Late.", "QWU", NOW))
                .expectException(RuleViolation.class);
        fixture.given(
                        proposed(),
                        agreed(),
                        set(),
                        new SafetyActionOverdue(KEY, ActionPolicy.ACTION_DEADLINE, DUE, DUE_AT))
                .when(new EscalateSafetyAction(ID, "provider_board", "Three months late.", "QWU", NOW))
                .expectEvents(new SafetyActionEscalated(KEY, "provider_board", "Three months late.", "QWU"));
    }

    @Test
    void evidenceEndsTheOverdueState() {
        fixture.given(
                        proposed(),
                        agreed(),
                        set(),
                        new SafetyActionOverdue(KEY, ActionPolicy.ACTION_DEADLINE, DUE, DUE_AT))
                .when(new SubmitEvidence(ID, "Done late.", NOW))
                .expectEvents(
                        new SafetyActionEvidenceSubmitted(KEY, "Done late."),
                        new ActionDeadlineMet(KEY, ActionPolicy.ACTION_DEADLINE))
                .expectResultMessagePayloadMatching(predicate(r -> r instanceof ActionResult a && !a.overdue()));
    }

    @Test
    void whoAgreesDependsOnTheFramework() {
        org.assertj.core.api.Assertions.assertThat(Action.AGREE.party("SIF2015"))
                .isEqualTo(Action.Party.LEAD_COMMISSIONER);
        org.assertj.core.api.Assertions.assertThat(Action.AGREE.party("PSIRF2022"))
                .isEqualTo(Action.Party.PROVIDER);
        org.assertj.core.api.Assertions.assertThat(Action.VERIFY.party("PSIRF2022"))
                .isEqualTo(Action.Party.LEAD_COMMISSIONER);
    }
}
