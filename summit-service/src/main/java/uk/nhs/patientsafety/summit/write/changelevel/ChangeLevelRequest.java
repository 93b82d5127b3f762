package uk.nhs.patientsafety.summit.write.changelevel;

import java.time.LocalDate;

/**
 * The body of {@code POST /escalations/levels/{providerOds}/actions/change-level}: the new level, who decided (a
 * name or role), why, and when the level is next reviewed.
 */
public record ChangeLevelRequest(String toLevel, String decisionMaker, String rationale, LocalDate reviewOn) {}
