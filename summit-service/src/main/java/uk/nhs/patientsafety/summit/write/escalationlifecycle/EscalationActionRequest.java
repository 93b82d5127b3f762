package uk.nhs.patientsafety.summit.write.escalationlifecycle;

/** The body of {@code POST /escalations/{id}/actions/respond}: decision, actions (free text) and their owner. */
public record EscalationActionRequest(String decision, String actions, String ownerOds) {

    public static final EscalationActionRequest EMPTY = new EscalationActionRequest(null, null, null);
}
