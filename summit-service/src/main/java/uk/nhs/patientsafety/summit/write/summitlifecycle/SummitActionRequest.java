package uk.nhs.patientsafety.summit.write.summitlifecycle;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /summits/{id}/actions/{action}}; each action reads its own fields: {@code convene} chair,
 * heldOn, invitees, intelligencePack; {@code record-held} attendees; {@code record-outcomes} actions,
 * escalationDecision, followUpNeeded, communicationsLine; {@code schedule-follow-up} heldOn; {@code conclude}
 * deescalatedTo (optional). Also the body of an agreed action's {@code complete} / {@code cancel} (reason).
 */
public record SummitActionRequest(
        String chair,
        LocalDate heldOn,
        List<String> invitees,
        List<PackItem> intelligencePack,
        List<String> attendees,
        List<AgreedAction> actions,
        String escalationDecision,
        Boolean followUpNeeded,
        String communicationsLine,
        String deescalatedTo,
        String reason) {

    public static final SummitActionRequest EMPTY =
            new SummitActionRequest(null, null, null, null, null, null, null, null, null, null, null);

    public record PackItem(String kind, String reference) {}

    public record AgreedAction(String description, String ownerOds, LocalDate dueOn) {}
}
