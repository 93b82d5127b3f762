package uk.nhs.patientsafety.assurance.write.safetyaction;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.nhs.patientsafety.assurance.events.ActionStatus;

/**
 * What may be done to a safety action, by whom and from which status: one table for the aggregate's guard, the
 * {@code 409} naming the allowed actions and the REST authorisation. The provider records and works its actions;
 * the lead commissioner verifies them; who agrees an action depends on the framework.
 */
public enum Action {
    AGREE(Party.AGREER, ActionStatus.PROPOSED),
    START(Party.PROVIDER, ActionStatus.AGREED),
    SUBMIT_EVIDENCE(Party.PROVIDER, ActionStatus.AGREED, ActionStatus.IN_PROGRESS),
    VERIFY(Party.LEAD_COMMISSIONER, ActionStatus.EVIDENCE_SUBMITTED),
    REJECT_EVIDENCE(Party.LEAD_COMMISSIONER, ActionStatus.EVIDENCE_SUBMITTED),
    ESCALATE(Party.LEAD_COMMISSIONER, ActionStatus.AGREED, ActionStatus.IN_PROGRESS);

    /**
     * Who acts: the provider's patient safety lead, the lead commissioner's quality lead, or whoever agrees the
     * framework's actions — under SIF 2015 the commissioner agrees the action plan; under PSIRF 2022 the provider
     * agrees its own safety actions and the ICB oversees.
     */
    public enum Party {
        PROVIDER,
        LEAD_COMMISSIONER,
        AGREER;

        public Party resolve(String framework) {
            if (this != AGREER) {
                return this;
            }
            return "PSIRF2022".equals(framework) ? PROVIDER : LEAD_COMMISSIONER;
        }
    }

    private final Party party;
    private final Set<ActionStatus> from;

    Action(Party party, ActionStatus first, ActionStatus... rest) {
        this.party = party;
        this.from = EnumSet.of(first, rest);
    }

    /** Who takes this action on an action of {@code framework}. */
    public Party party(String framework) {
        return party.resolve(framework);
    }

    public boolean allowedIn(ActionStatus status) {
        return from.contains(status);
    }

    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<Action> fromCode(String code) {
        return EnumSet.allOf(Action.class).stream()
                .filter(a -> a.code().equals(code))
                .findFirst();
    }

    public static List<String> allowedFrom(ActionStatus status) {
        return EnumSet.allOf(Action.class).stream()
                .filter(a -> a.allowedIn(status))
                .map(Action::code)
                .toList();
    }
}
