package uk.nhs.patientsafety.gateway.routing;

import java.time.Duration;

/**
 * Per downstream: after {@code threshold} consecutive failures the circuit opens and requests fail at once for
 * {@code openFor}; then one request may try (half-open), and its outcome closes or reopens the circuit.
 */
final class CircuitBreaker {

    private final int threshold;
    private final long openForNanos;
    private int consecutiveFailures;
    private long openUntil;
    private boolean trialInFlight;

    CircuitBreaker(int threshold, Duration openFor) {
        this.threshold = threshold;
        this.openForNanos = openFor.toNanos();
    }

    synchronized boolean allows(long now) {
        if (consecutiveFailures < threshold) {
            return true;
        }
        if (now - openUntil < 0 || trialInFlight) {
            return false;
        }
        trialInFlight = true;
        return true;
    }

    synchronized void succeeded() {
        consecutiveFailures = 0;
        trialInFlight = false;
    }

    synchronized void failed(long now) {
        consecutiveFailures++;
        trialInFlight = false;
        if (consecutiveFailures >= threshold) {
            openUntil = now + openForNanos;
        }
    }
}
