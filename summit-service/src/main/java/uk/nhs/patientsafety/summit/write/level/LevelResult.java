package uk.nhs.patientsafety.summit.write.level;

import java.time.LocalDate;

/** A provider's level right after a change. */
public record LevelResult(String providerOds, String level, String previousLevel, LocalDate reviewOn) {}
