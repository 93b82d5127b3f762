package uk.nhs.patientsafety.eventsourcing.deadlines;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One deadline of an aggregate: due by the end of {@code dueOn} in England ({@code dueAt}), its state, whether its
 * "approaching" warning has gone out, and the ids of its two scheduled timers so that they can be cancelled.
 */
public record Deadline(
        String type,
        LocalDate dueOn,
        Instant dueAt,
        DeadlineState state,
        boolean warned,
        String approachingId,
        String breachId) {

    Deadline in(DeadlineState newState) {
        return new Deadline(type, dueOn, dueAt, newState, warned, approachingId, breachId);
    }

    Deadline markWarned() {
        return new Deadline(type, dueOn, dueAt, state, true, approachingId, breachId);
    }
}
