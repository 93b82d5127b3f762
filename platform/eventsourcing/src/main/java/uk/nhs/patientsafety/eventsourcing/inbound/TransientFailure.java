package uk.nhs.patientsafety.eventsourcing.inbound;

/**
 * Marks a service's own exception as transient: the inbound router retries it with back-off instead of sending the
 * record to the dead-letter topic. Exceptions without it are poison unless {@link Failures} recognises them.
 */
public interface TransientFailure {}
