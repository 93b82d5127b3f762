package uk.nhs.patientsafety.summit.write.concern;

import java.time.LocalDate;
import java.util.List;

/**
 * The concern as its aggregate sees it right after a command: what a caller needs next without waiting for the read
 * model. {@code summitId} is set once a summit was requested.
 */
public record ConcernResult(
        String id,
        String providerOds,
        String status,
        List<String> allowedActions,
        LocalDate reviewOn,
        String summitId) {}
