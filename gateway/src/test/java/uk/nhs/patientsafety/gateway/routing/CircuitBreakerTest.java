package uk.nhs.patientsafety.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The breaker's states, on a clock the test moves by hand (the breaker is told the time, never reads it). */
class CircuitBreakerTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10));
    private long now = 1_000 * SECOND;

    @Test
    void staysClosedBelowTheThresholdAndASuccessResetsTheCount() {
        breaker.failed(now);
        breaker.failed(now);
        assertThat(breaker.allows(now)).isTrue();

        breaker.succeeded();
        breaker.failed(now);
        breaker.failed(now);
        assertThat(breaker.allows(now)).isTrue();
    }

    @Test
    void opensAtTheThresholdForOpenFor() {
        failThreeTimes();

        assertThat(breaker.allows(now)).isFalse();
        assertThat(breaker.allows(now + 10 * SECOND - 1)).isFalse();
    }

    @Test
    void afterOpenForLetsOneTrialThroughAndItsSuccessCloses() {
        failThreeTimes();
        now += 10 * SECOND;

        assertThat(breaker.allows(now)).isTrue();
        assertThat(breaker.allows(now))
                .as("a second request while the trial is in flight")
                .isFalse();

        breaker.succeeded();
        assertThat(breaker.allows(now)).isTrue();
        assertThat(breaker.allows(now)).isTrue();
    }

    @Test
    void aFailedTrialReopensForAnotherOpenFor() {
        failThreeTimes();
        now += 10 * SECOND;
        assertThat(breaker.allows(now)).isTrue();

        breaker.failed(now);
        assertThat(breaker.allows(now + 10 * SECOND - 1)).isFalse();
        assertThat(breaker.allows(now + 10 * SECOND)).isTrue();
    }

    /** Only a service saying it cannot answer counts against it; a 500 is its answer, like a 200 or a 404. */
    @Test
    void onlyBadGatewayUnavailableAndTimeoutAnswersCountAsFailures() {
        assertThat(ServiceProxy.countsAsFailure(502)).isTrue();
        assertThat(ServiceProxy.countsAsFailure(503)).isTrue();
        assertThat(ServiceProxy.countsAsFailure(504)).isTrue();
        for (int status : new int[] {200, 201, 400, 404, 409, 422, 500, 501, 505}) {
            assertThat(ServiceProxy.countsAsFailure(status)).as("%d", status).isFalse();
        }
    }

    private void failThreeTimes() {
        for (int i = 0; i < 3; i++) {
            assertThat(breaker.allows(now)).isTrue();
            breaker.failed(now);
        }
    }
}
