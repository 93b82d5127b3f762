package uk.nhs.patientsafety.eventsourcing.deadlines;

import java.time.Instant;

/** What a fired deadline carries, so that a stale one (moved or met since it was scheduled) is recognised. */
public record DeadlineTrigger(String deadlineType, Instant dueAt) {}
