package uk.nhs.patientsafety.contracts.candour;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The written notification (reg 20(4)) was sent, and a copy kept (reg 20(6)). Schema: {@code schemas/candour/CandourWrittenNotificationSent.v1.json}.
 */
public record CandourWrittenNotificationSent(
        String candourCaseId,
        String incidentId,
        String providerOds,
        Instant occurredAt,
        LocalDate sentOn,
        String method,
        boolean withinTarget)
        implements CandourEvent {

    public static final String TYPE = "candour.CandourWrittenNotificationSent.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
