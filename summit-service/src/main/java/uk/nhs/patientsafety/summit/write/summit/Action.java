package uk.nhs.patientsafety.summit.write.summit;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.nhs.patientsafety.summit.events.SummitStatus;

/**
 * What may be done to a risk summit, by whom and from which status (DOMAIN §5.2), its agreed actions included: one
 * table for the aggregate's guard, the {@code 409} naming the allowed actions, and the REST authorisation. The
 * convening ICB or region runs the summit; an action's owner (or the convenor) completes it.
 */
public enum Action {
    CONVENE(Party.CONVENOR, SummitStatus.REQUESTED, SummitStatus.FOLLOW_UP_SCHEDULED),
    RECORD_HELD(Party.CONVENOR, SummitStatus.CONVENED),
    RECORD_OUTCOMES(Party.CONVENOR, SummitStatus.HELD),
    SCHEDULE_FOLLOW_UP(Party.CONVENOR, SummitStatus.ACTIONS_IN_PROGRESS),
    CONCLUDE(Party.CONVENOR, SummitStatus.ACTIONS_IN_PROGRESS),
    // an agreed action's own small lifecycle: assigned (overdue once its date passes) -> completed | cancelled
    COMPLETE_ACTION(
            Party.OWNER_OR_CONVENOR,
            SummitStatus.ACTIONS_IN_PROGRESS,
            SummitStatus.FOLLOW_UP_SCHEDULED,
            SummitStatus.CONVENED,
            SummitStatus.HELD),
    CANCEL_ACTION(
            Party.CONVENOR,
            SummitStatus.ACTIONS_IN_PROGRESS,
            SummitStatus.FOLLOW_UP_SCHEDULED,
            SummitStatus.CONVENED,
            SummitStatus.HELD);

    /** Who acts: the convening organisation's lead, or an action's owner organisation too. */
    public enum Party {
        CONVENOR,
        OWNER_OR_CONVENOR
    }

    private final Party party;
    private final Set<SummitStatus> from;

    Action(Party party, SummitStatus first, SummitStatus... rest) {
        this.party = party;
        this.from = EnumSet.of(first, rest);
    }

    public Party party() {
        return party;
    }

    public boolean allowedIn(SummitStatus status) {
        return from.contains(status);
    }

    /** The wire name: {@code record-held}; the summit-action ones without their suffix ({@code complete}). */
    public String code() {
        return name().toLowerCase().replace("_action", "").replace('_', '-');
    }

    public boolean onASummitAction() {
        return this == COMPLETE_ACTION || this == CANCEL_ACTION;
    }

    public static Optional<Action> summitAction(String code) {
        return EnumSet.allOf(Action.class).stream()
                .filter(a -> !a.onASummitAction() && a.code().equals(code))
                .findFirst();
    }

    public static Optional<Action> actionItemAction(String code) {
        return EnumSet.allOf(Action.class).stream()
                .filter(a -> a.onASummitAction() && a.code().equals(code))
                .findFirst();
    }

    public static List<String> allowedFrom(SummitStatus status) {
        return EnumSet.allOf(Action.class).stream()
                .filter(a -> !a.onASummitAction() && a.allowedIn(status))
                .map(Action::code)
                .toList();
    }
}
