package uk.nhs.patientsafety.candour.write.candourcase;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.nhs.patientsafety.candour.events.Status;

/**
 * What may be done to a candour case and in which status (DOMAIN §6.2). One table for the aggregate's guard, the
 * {@code 409} that names the allowed actions, and the REST authorisation: every action is the provider's candour
 * lead's (a healthcare professional of the provider), on its own organisation's cases only.
 */
public enum Action {
    // The screen never decides the duty: a lead may assess a screened-out case, and assess again while not applicable.
    ASSESS(Status.SCREENED_OUT, Status.ASSESSMENT_REQUIRED, Status.NOT_APPLICABLE),
    IDENTIFY_RELEVANT_PERSON(Status.APPLICABLE, Status.RELEVANT_PERSON_IDENTIFIED),
    RECORD_CONTACT_ATTEMPT(Status.RELEVANT_PERSON_IDENTIFIED),
    RECORD_NOTIFICATION(Status.RELEVANT_PERSON_IDENTIFIED),
    RECORD_DECLINED(Status.RELEVANT_PERSON_IDENTIFIED),
    RECORD_CANNOT_CONTACT(Status.RELEVANT_PERSON_IDENTIFIED),
    DRAFT_WRITTEN_NOTIFICATION(Status.NOTIFIED),
    MARK_WRITTEN_NOTIFICATION_SENT(Status.NOTIFIED),
    PROVIDE_UPDATE(Status.WRITTEN_SENT),
    SHARE_FINDINGS(Status.WRITTEN_SENT),
    COMPLETE(Status.FINDINGS_SHARED),
    // Family involvement is the investigation's, whatever the duty's status; the aggregate checks it is an SI or PSII.
    RECORD_FAMILY_MEETING(Status.SCREENED_OUT, Status.values()),
    RECORD_FAMILY_CONCERN(Status.SCREENED_OUT, Status.values()),
    RECORD_REPORT_SHARED(Status.SCREENED_OUT, Status.values());

    private final Set<Status> from;

    Action(Status first, Status... rest) {
        this.from = EnumSet.of(first, rest);
    }

    /** Family involvement's actions: offered only on a case whose incident is an SI or a PSII. */
    public boolean family() {
        return this == RECORD_FAMILY_MEETING || this == RECORD_FAMILY_CONCERN || this == RECORD_REPORT_SHARED;
    }

    public boolean allowed(Status status) {
        return from.contains(status);
    }

    /** The wire name, e.g. {@code record-contact-attempt}. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<Action> fromCode(String code) {
        return EnumSet.allOf(Action.class).stream()
                .filter(a -> a.code().equals(code))
                .findFirst();
    }

    public static List<String> allowedIn(Status status) {
        return EnumSet.allOf(Action.class).stream()
                .filter(action -> action.allowed(status))
                .map(Action::code)
                .toList();
    }
}
