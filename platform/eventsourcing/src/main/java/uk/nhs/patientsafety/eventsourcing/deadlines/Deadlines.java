package uk.nhs.patientsafety.eventsourcing.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.MetaData;
import uk.nhs.patientsafety.eventsourcing.AxonRuntime;
import uk.nhs.patientsafety.reference.England;

/**
 * The deadlines an aggregate holds, by type: each one warned of when it is approaching, breached when it passes, met
 * or suspended by the aggregate's own commands. Persistent timers (Axon's deadline manager) fire them.
 *
 * <p>Decisions and state are kept apart, as in an aggregate: {@link #schedule}, {@link #stop} and the trigger checks
 * decide, and the aggregate applies its own events saying what happened; its event-sourcing handlers then call the
 * {@code record…} methods. A timer that fires for a deadline that has moved or been met since is stale and ignored:
 * cancelling a timer can lose the race with its firing.
 *
 * <p>The aggregate declares {@code @DeadlineHandler}s for the two deadline names it passes in, taking a
 * {@link DeadlineTrigger}, and applies what they decide with {@link #BY_THE_CLOCK} as metadata.
 */
public final class Deadlines {

    /** What {@link #schedule} set up, for the aggregate to record in its own "deadline set" event. */
    public record Scheduled(String type, LocalDate dueOn, Instant dueAt, String approachingId, String breachId) {}

    /** Metadata for what a deadline handler applies: the clock acted, not a person. */
    public static final MetaData BY_THE_CLOCK = MetaData.with(AxonRuntime.ACTOR, "platform:clock");

    private final String approachingName;
    private final String dueName;
    private final Map<String, Deadline> byType = new LinkedHashMap<>();

    /**
     * @param approachingName the deadline name the aggregate's "approaching" handler listens to
     * @param dueName the deadline name of its "breached" handler
     */
    public Deadlines(String approachingName, String dueName) {
        this.approachingName = approachingName;
        this.dueName = dueName;
    }

    // ---- decisions -------------------------------------------------------------------------------------------------

    /**
     * Sets a deadline or moves it: cancels the previous timers of its type, then schedules the warning at the start
     * of {@code approachingOn} (at once if that has passed; none if the deadline itself has) and the breach at the end
     * of {@code dueOn}, both in England.
     */
    public Scheduled schedule(
            String type, LocalDate dueOn, LocalDate approachingOn, Instant now, DeadlineManager timers) {
        Deadline previous = byType.get(type);
        if (previous != null) {
            cancelTimers(previous, timers);
        }
        Instant dueAt = England.endOf(dueOn);
        Instant warnAt = England.startOf(approachingOn);
        String approachingId = dueAt.isAfter(now)
                ? timers.schedule(warnAt.isAfter(now) ? warnAt : now, approachingName, new DeadlineTrigger(type, dueAt))
                : null;
        String breachId = timers.schedule(dueAt, dueName, new DeadlineTrigger(type, dueAt));
        return new Scheduled(type, dueOn, dueAt, approachingId, breachId);
    }

    /**
     * Stops a running deadline's timers (it is met, or suspended); false when there is none or it is not running,
     * so the aggregate records nothing.
     */
    public boolean stop(String type, DeadlineManager timers) {
        Deadline deadline = byType.get(type);
        if (deadline == null || !deadline.state().running()) {
            return false;
        }
        cancelTimers(deadline, timers);
        return true;
    }

    /** Stops every running deadline's timers; the types stopped, for the aggregate to record. */
    public List<String> stopAll(DeadlineManager timers) {
        List<String> stopped = new ArrayList<>();
        for (String type : List.copyOf(byType.keySet())) {
            if (stop(type, timers)) {
                stopped.add(type);
            }
        }
        return stopped;
    }

    /** The deadline a fired warning is for, if it still holds: open, not yet warned of, still due when it said. */
    public Optional<Deadline> approaching(DeadlineTrigger trigger) {
        return current(trigger).filter(d -> d.state() == DeadlineState.OPEN && !d.warned());
    }

    /** The deadline a fired breach is for, if it still holds: open and still due when it said. */
    public Optional<Deadline> breached(DeadlineTrigger trigger) {
        return current(trigger).filter(d -> d.state() == DeadlineState.OPEN);
    }

    private Optional<Deadline> current(DeadlineTrigger trigger) {
        return Optional.ofNullable(byType.get(trigger.deadlineType()))
                .filter(d -> d.dueAt().equals(trigger.dueAt()));
    }

    private void cancelTimers(Deadline deadline, DeadlineManager timers) {
        if (deadline.approachingId() != null) {
            timers.cancelSchedule(approachingName, deadline.approachingId());
        }
        if (deadline.breachId() != null) {
            timers.cancelSchedule(dueName, deadline.breachId());
        }
    }

    // ---- state, from the aggregate's event-sourcing handlers -------------------------------------------------------

    public void recordSet(String type, LocalDate dueOn, Instant dueAt, String approachingId, String breachId) {
        byType.put(type, new Deadline(type, dueOn, dueAt, DeadlineState.OPEN, false, approachingId, breachId));
    }

    public void recordState(String type, DeadlineState state) {
        byType.computeIfPresent(type, (t, deadline) -> deadline.in(state));
    }

    public void recordWarned(String type) {
        byType.computeIfPresent(type, (t, deadline) -> deadline.markWarned());
    }

    // ---- reading ---------------------------------------------------------------------------------------------------

    public Optional<Deadline> get(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    /** Every deadline, in the order they were first set. */
    public Collection<Deadline> all() {
        return Collections.unmodifiableCollection(byType.values());
    }
}
