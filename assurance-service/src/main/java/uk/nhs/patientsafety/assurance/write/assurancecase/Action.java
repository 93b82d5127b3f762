package uk.nhs.patientsafety.assurance.write.assurancecase;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.nhs.patientsafety.assurance.events.CaseStatus;

/**
 * What may be done to an assurance case, by whom and from which status (DOMAIN §4.2). One table for the aggregate's
 * guard, the {@code 409} that names the allowed actions, and the REST authorisation: every decision is the
 * provider's lead commissioner's quality lead's.
 */
public enum Action {
    START_REVIEW(Party.LEAD_COMMISSIONER, CaseStatus.OPENED),
    RECORD_REVIEW(Party.LEAD_COMMISSIONER, CaseStatus.IN_REVIEW, CaseStatus.CLOSURE_REFUSED, CaseStatus.ESCALATED),
    REQUEST_FURTHER_INFORMATION(
            Party.LEAD_COMMISSIONER, CaseStatus.IN_REVIEW, CaseStatus.CLOSURE_REFUSED, CaseStatus.ESCALATED),
    AGREE_CLOSURE(Party.LEAD_COMMISSIONER, CaseStatus.IN_REVIEW, CaseStatus.CLOSURE_REFUSED, CaseStatus.ESCALATED),
    REFUSE_CLOSURE(Party.LEAD_COMMISSIONER, CaseStatus.IN_REVIEW, CaseStatus.ESCALATED),
    ESCALATE_TO_QUALITY_FORUM(Party.LEAD_COMMISSIONER, CaseStatus.IN_REVIEW, CaseStatus.CLOSURE_REFUSED);

    /** Who acts. Only the lead commissioner decides on a case; the provider answers through its incident. */
    public enum Party {
        LEAD_COMMISSIONER
    }

    private final Party party;
    private final Set<CaseStatus> from;

    Action(Party party, CaseStatus first, CaseStatus... rest) {
        this.party = party;
        this.from = EnumSet.of(first, rest);
    }

    public Party party() {
        return party;
    }

    public boolean allowedIn(CaseStatus status) {
        return from.contains(status);
    }

    /** The wire name, e.g. {@code start-review}. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public static java.util.Optional<Action> fromCode(String code) {
        return EnumSet.allOf(Action.class).stream()
                .filter(a -> a.code().equals(code))
                .findFirst();
    }

    public static List<String> allowedFrom(CaseStatus status) {
        return EnumSet.allOf(Action.class).stream()
                .filter(action -> action.allowedIn(status))
                .map(Action::code)
                .toList();
    }
}
