package uk.nhs.patientsafety.eventsourcing.inbound;

/**
 * A transient failure that outlasted the retry limits. The record is dead-lettered with this as the reason ({@code
 * dead-letter-reason: retries exhausted ...}) and the last failure as the cause, so that it can be replayed once the
 * outage is over.
 */
public class RetriesExhaustedException extends RuntimeException {

    public RetriesExhaustedException(int attempts, Throwable lastFailure) {
        super("retries exhausted after " + attempts + " attempts", lastFailure);
    }
}
