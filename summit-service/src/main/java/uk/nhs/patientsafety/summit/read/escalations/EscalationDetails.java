package uk.nhs.patientsafety.summit.read.escalations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An escalation as its raiser, its recipients and the region see it, built field by field from its row. */
public record EscalationDetails(
        String id,
        String providerOds,
        String region,
        String direction,
        String raisedByOds,
        String raisedToOds,
        List<String> recipients,
        String status,
        String summary,
        String concernId,
        String summitId,
        Response response,
        LocalDate acknowledgeBy,
        LocalDate respondBy,
        boolean overdue,
        int reEscalations,
        Instant raisedAt,
        Instant updatedAt) {

    public record Response(String decision, String actions, String ownerOds) {}
}
