package uk.nhs.patientsafety.assurance.write.awareness;

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
import uk.nhs.patientsafety.assurance.events.AwarenessEvents.*;
import uk.nhs.patientsafety.assurance.events.AwarenessKey;
import uk.nhs.patientsafety.assurance.reference.AwarenessPolicy;
import uk.nhs.patientsafety.assurance.write.awareness.AwarenessItem.*;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.reference.calendar.WorkingDayCalendar;

/**
 * An awareness item, with time travel: a never event reported on Friday 2 May 2025 must be acknowledged by the end of
 * the next working day, Tuesday 6 May (Monday 5 May is the early May bank holiday).
 */
class AwarenessItemTest {

    static final String ID = AwarenessItem.itemIdFor("incident-1", "QK1");
    static final AwarenessKey KEY = new AwarenessKey(ID, "incident-1", "RT5", "QK1", "PSIRF2022");
    static final Instant REPORTED =
            LocalDate.of(2025, 5, 2).atTime(16, 0).atZone(England.ZONE).toInstant();
    static final LocalDate DUE = LocalDate.of(2025, 5, 6);

    FixtureConfiguration<AwarenessItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AwarenessItem.class);
        fixture.registerInjectableResource(new AwarenessPolicy(new WorkingDayCalendar()));
        fixture.givenCurrentTime(REPORTED);
    }

    static RaiseAwareness raise(List<String> reasons) {
        return new RaiseAwareness(
                ID, "incident-1", "RT5", "QK1", "PSIRF2022", reasons, "wrong_site_surgery", REPORTED, REPORTED);
    }

    static AwarenessItemRaised raised() {
        return new AwarenessItemRaised(KEY, List.of("never_event"), "wrong_site_surgery", REPORTED, DUE);
    }

    @Test
    void aQualifyingIncidentIsListedDueForAcknowledgementWithinOneWorkingDay() {
        fixture.givenNoPriorActivity()
                .when(raise(List.of("never_event")))
                .expectEventsMatching(exactSequenceOf(
                        Matchers.messageWithPayload(Matchers.equalTo(raised())),
                        Matchers.messageWithPayload(predicate(e -> e instanceof AwarenessDeadlineSet s
                                && s.dueOn().equals(DUE)
                                && s.dueAt().equals(England.endOf(DUE)))),
                        andNoMore()))
                .expectScheduledDeadlineWithName(England.endOf(DUE), AwarenessItem.DUE);
    }

    @Test
    void anItemNotAcknowledgedWithinOneWorkingDayIsFlagged() {
        fixture.givenNoPriorActivity()
                .andGivenCommands(raise(List.of("never_event")))
                .whenThenTimeElapses(Duration.ofDays(5))
                .expectEvents(new AwarenessItemUnacknowledged(KEY, "awareness_acknowledge_1wd", England.endOf(DUE)));
    }

    @Test
    void anAcknowledgedItemIsNeverFlagged() {
        fixture.givenNoPriorActivity()
                .andGivenCommands(raise(List.of("never_event")), new Acknowledge(ID, "QK1", REPORTED))
                .whenThenTimeElapses(Duration.ofDays(5))
                .expectNoEvents();
    }

    @Test
    void anItemIsAcknowledgedOnce() {
        fixture.given(raised(), new AwarenessItemAcknowledged(KEY, "QK1"))
                .when(new Acknowledge(ID, "QK1", REPORTED))
                .expectException(AlreadyAcknowledged.class);
    }

    @Test
    void aFurtherReasonIsAddedWithoutRestartingTheClock() {
        fixture.given(raised())
                .when(raise(List.of("death", "never_event")))
                .expectEvents(new AwarenessReasonsAdded(KEY, List.of("death")))
                .expectNoScheduledDeadlines();
        fixture.given(raised()).when(raise(List.of("never_event"))).expectNoEvents();
    }
}
