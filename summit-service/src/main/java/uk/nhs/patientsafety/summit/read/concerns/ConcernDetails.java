package uk.nhs.patientsafety.summit.read.concerns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A quality concern as its raising organisation and the provider's commissioners see it: built field by field from
 * its row. {@code rule} names the automatic rule that raised it, if one did.
 */
public record ConcernDetails(
        String id,
        String providerOds,
        String service,
        String source,
        String raisedByOds,
        String description,
        List<String> linkedIncidents,
        String rule,
        String status,
        String screeningOutcome,
        String reason,
        LocalDate reviewOn,
        boolean reviewOverdue,
        String summitId,
        Instant raisedAt,
        Instant updatedAt) {}
