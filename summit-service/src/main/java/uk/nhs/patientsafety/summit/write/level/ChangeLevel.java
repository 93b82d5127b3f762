package uk.nhs.patientsafety.summit.write.level;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves a provider to {@code toLevel}: who decided, why, and when the level is reviewed. */
public record ChangeLevel(
        @TargetAggregateIdentifier String providerOds,
        String toLevel,
        String decisionMaker,
        String decidedByOds,
        String rationale,
        LocalDate reviewOn,
        Instant at) {}
