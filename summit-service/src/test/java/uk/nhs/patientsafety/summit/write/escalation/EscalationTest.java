package uk.nhs.patientsafety.summit.write.escalation;

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
import uk.nhs.patientsafety.summit.events.EscalationEvents.*;
import uk.nhs.patientsafety.summit.reference.ClockPolicy;
import uk.nhs.patientsafety.summit.write.escalation.EscalationCommands.*;
import uk.nhs.patientsafety.web.refusals.IllegalTransition;

/**
 * The escalation aggregate, given/when/then with time travel for its SLAs (clock-policy.json: provider to ICB
 * acknowledged within 2 WD and answered within 10 WD; ICB to region 2 WD and 15 WD; region to national 3 WD and 20 WD).
 * Raised on Monday 2 November 2026.
 */
class EscalationTest {

    static final String ID = "escalation-1";
    static final Instant RAISED_AT = at(LocalDate.of(2026, 11, 2), 9);
    static final List<Step> PATH = List.of(
            new Step("provider_to_icb", "QK1"),
            new Step("icb_to_region", "Y60"),
            new Step("region_to_national", "X24"));

    FixtureConfiguration<Escalation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Escalation.class);
        fixture.registerInjectableResource(new ClockPolicy(new WorkingDayCalendar()));
        fixture.givenCurrentTime(RAISED_AT);
    }

    static EscalationRaised raised() {
        return new EscalationRaised(
                ID, "RT5", "Y60", "provider_to_icb", "RT5", "QK1", PATH, "Bed pressures.", null, null, RAISED_AT);
    }

    static EscalationClockSet clock(String stage, LocalDate dueOn) {
        return new EscalationClockSet(ID, "RT5", stage, dueOn, endOf(dueOn), "a", "b");
    }

    @Test
    void raisingStartsTheAcknowledgementClock() {
        LocalDate due = LocalDate.of(2026, 11, 4);
        fixture.givenNoPriorActivity()
                .when(new RaiseEscalation(ID, "RT5", "Y60", "RT5", PATH, "Bed pressures.", null, null, RAISED_AT))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.<Object>equalTo(raised()),
                        Matchers.<Object>predicate(e -> e instanceof EscalationClockSet c
                                && c.stage().equals("acknowledgement")
                                && c.dueOn().equals(due)),
                        Matchers.andNoMore())))
                .expectScheduledDeadlineWithName(endOf(due), Escalation.CLOCK_DUE);
    }

    @Test
    void anUnacknowledgedEscalationIsOverdueAndGoesUpToTheRegionWithItsClockRestarted() {
        LocalDate due = LocalDate.of(2026, 11, 4);
        fixture.givenCommands(
                        new RaiseEscalation(ID, "RT5", "Y60", "RT5", PATH, "Bed pressures.", null, null, RAISED_AT))
                .whenTimeAdvancesTo(at(LocalDate.of(2026, 11, 5), 9))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.<Object>equalTo(
                                new EscalationClockApproaching(ID, "RT5", "acknowledgement", endOf(due))),
                        Matchers.<Object>equalTo(new EscalationOverdue(
                                ID, "RT5", "acknowledgement", "provider_to_icb", "QK1", due, endOf(due), "Y60")),
                        Matchers.<Object>equalTo(new EscalationReEscalated(
                                ID,
                                "RT5",
                                "RT5",
                                "provider_to_icb",
                                "icb_to_region",
                                "QK1",
                                "Y60",
                                "acknowledgement_overdue")),
                        // Re-escalated on Thu 5 Nov: the region acknowledges within 2 WD, by Mon 9 Nov.
                        Matchers.<Object>predicate(e -> e instanceof EscalationClockSet c
                                && c.stage().equals("acknowledgement")
                                && c.dueOn().equals(LocalDate.of(2026, 11, 9))),
                        Matchers.andNoMore())));
    }

    @Test
    void anUnansweredEscalationAtTheRegionGoesUpToNational() {
        fixture.given(raised(), clock("acknowledgement", LocalDate.of(2026, 11, 4)))
                .andGivenCommands(new AcknowledgeEscalation(ID, "QK1", RAISED_AT))
                // Acknowledged Mon 2 Nov: the ICB answers within 10 WD, by Mon 16 Nov.
                .whenTimeAdvancesTo(at(LocalDate.of(2026, 11, 17), 9))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.<Object>predicate(e -> e instanceof EscalationClockApproaching),
                        Matchers.<Object>equalTo(new EscalationOverdue(
                                ID,
                                "RT5",
                                "response",
                                "provider_to_icb",
                                "QK1",
                                LocalDate.of(2026, 11, 16),
                                endOf(LocalDate.of(2026, 11, 16)),
                                "Y60")),
                        Matchers.<Object>predicate(e -> e instanceof EscalationReEscalated r
                                && r.toDirection().equals("icb_to_region")
                                && r.reason().equals("response_overdue")),
                        Matchers.<Object>predicate(e -> e instanceof EscalationClockSet),
                        Matchers.andNoMore())));
    }

    @Test
    void atNationalLevelAnOverdueEscalationStaysOverdue() {
        List<Step> top = List.of(new Step("region_to_national", "X24"));
        fixture.givenCommands(new RaiseEscalation(ID, "RT5", "Y60", "Y60", top, "System risk.", null, null, RAISED_AT))
                // 3 WD from Mon 2 Nov: Thu 5 Nov.
                .whenTimeAdvancesTo(at(LocalDate.of(2026, 11, 6), 9))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.<Object>predicate(e -> e instanceof EscalationClockApproaching),
                        Matchers.<Object>predicate(e -> e instanceof EscalationOverdue o
                                && o.direction().equals("region_to_national")
                                && o.dueOn().equals(LocalDate.of(2026, 11, 5))
                                && o.reEscalatedToOds() == null),
                        Matchers.andNoMore())));
    }

    @Test
    void anAcknowledgedAndAnsweredEscalationIsNeverOverdue() {
        fixture.givenCommands(
                        new RaiseEscalation(ID, "RT5", "Y60", "RT5", PATH, "Bed pressures.", null, null, RAISED_AT),
                        new AcknowledgeEscalation(ID, "QK1", RAISED_AT),
                        new Respond(ID, "accepted_with_actions", "Daily calls.", "QK1", "QK1", RAISED_AT))
                .whenTimeAdvancesTo(at(LocalDate.of(2026, 12, 31), 9))
                .expectNoEvents();
    }

    @Test
    void itCannotCloseWithoutAResponseAndTheRaisersAcknowledgement() {
        fixture.given(raised())
                .when(new CloseEscalation(ID, "RT5", RAISED_AT))
                .expectException(IllegalTransition.class);
        fixture.given(
                        raised(),
                        new EscalationAcknowledged(ID, "RT5", "QK1"),
                        new EscalationResponseIssued(ID, "RT5", "accepted", "Calls.", "QK1", "QK1"))
                .when(new CloseEscalation(ID, "QK1", RAISED_AT))
                .expectException(IllegalTransition.class)
                .expectExceptionMessage(Matchers.predicate(m -> m.toString().contains("response_issued")))
                .expectNoEvents();
        fixture.given(
                        raised(),
                        new EscalationAcknowledged(ID, "RT5", "QK1"),
                        new EscalationResponseIssued(ID, "RT5", "accepted", "Calls.", "QK1", "QK1"),
                        new EscalationFeedbackAcknowledged(ID, "RT5", "RT5"))
                .when(new CloseEscalation(ID, "RT5", RAISED_AT))
                .expectEvents(new EscalationClosed(ID, "RT5", "RT5"));
    }

    @Test
    void theResponseComesBeforeItsFeedbackIsAcknowledged() {
        fixture.given(raised(), new EscalationAcknowledged(ID, "RT5", "QK1"))
                .when(new AcknowledgeFeedback(ID, "RT5", RAISED_AT))
                .expectException(IllegalTransition.class);
    }

    @Test
    void aReEscalatedEscalationIsAcknowledgedAgainAtItsNewLevel() {
        fixture.given(
                        raised(),
                        new EscalationAcknowledged(ID, "RT5", "QK1"),
                        new EscalationOverdue(ID, "RT5", "response", "provider_to_icb", "QK1", null, null, "Y60"),
                        new EscalationReEscalated(
                                ID, "RT5", "RT5", "provider_to_icb", "icb_to_region", "QK1", "Y60", "response_overdue"))
                .when(new Respond(ID, "accepted", "x", "Y60", "Y60", RAISED_AT))
                .expectException(IllegalTransition.class);
    }
}
