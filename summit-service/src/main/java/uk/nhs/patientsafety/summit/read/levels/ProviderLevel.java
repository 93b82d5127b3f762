package uk.nhs.patientsafety.summit.read.levels;

import java.time.Instant;
import java.time.LocalDate;

/** A provider's escalation level as the provider, its commissioners and its region see it. */
public record ProviderLevel(
        String providerOds,
        String level,
        String previousLevel,
        String decisionMaker,
        String decidedByOds,
        String rationale,
        LocalDate reviewOn,
        boolean reviewOverdue,
        Instant changedAt) {}
