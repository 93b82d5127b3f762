package uk.nhs.patientsafety.contracts.candour;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The relevant person was told in person, with a true account, the further enquiries, support and an apology (reg 20(3)). Schema: {@code schemas/candour/CandourVerbalNotificationGiven.v1.json}.
 */
public record CandourVerbalNotificationGiven(
        String candourCaseId,
        String incidentId,
        String providerOds,
        Instant occurredAt,
        LocalDate notifiedOn,
        LocalDate dueOn,
        boolean withinTarget)
        implements CandourEvent {

    public static final String TYPE = "candour.CandourVerbalNotificationGiven.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
