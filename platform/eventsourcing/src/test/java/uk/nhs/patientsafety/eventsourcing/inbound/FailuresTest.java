package uk.nhs.patientsafety.eventsourcing.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.RollbackException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.contracts.InvalidCloudEventException;

class FailuresTest {

    static class RuleBroken extends RuntimeException {
        RuleBroken() {
            super("rule broken");
        }
    }

    static class StillBooting extends RuntimeException implements TransientFailure {}

    @Test
    void databaseUnavailableSerializationAndDeadlockAreTransient() {
        assertThat(Failures.isTransient(new SQLException("connection lost", "08006")))
                .isTrue();
        assertThat(Failures.isTransient(new SQLException("refused", "08001"))).isTrue();
        assertThat(Failures.isTransient(new SQLException("could not serialize", "40001")))
                .isTrue();
        assertThat(Failures.isTransient(new SQLException("deadlock detected", "40P01")))
                .isTrue();
        assertThat(Failures.isTransient(new SQLTransientConnectionException("pool exhausted")))
                .isTrue();
        assertThat(Failures.isTransient(new ConnectException("Connection refused")))
                .isTrue();
    }

    @Test
    void aConcurrentChangeIsTransient() {
        assertThat(Failures.isTransient(new ConcurrencyException("sequence taken")))
                .isTrue();
    }

    @Test
    void theCauseDecidesForWrappersAndRollbacks() {
        assertThat(Failures.isTransient(new IllegalStateException(
                        "Could not record processed message", new SQLException("gone", "08006"))))
                .isTrue();
        RollbackException rollback = new RollbackException("rolled back");
        rollback.initCause(new SQLException("could not serialize", "40001"));
        assertThat(Failures.isTransient(new RuntimeException(rollback))).isTrue();
        SQLException batch = new SQLException("batch failed", "42000");
        batch.setNextException(new SQLException("deadlock detected", "40P01"));
        assertThat(Failures.isTransient(batch)).isTrue();
        RuntimeException suppressing = new RuntimeException("closing failed");
        suppressing.addSuppressed(new ConcurrencyException("sequence taken"));
        assertThat(Failures.isTransient(suppressing)).isTrue();
        assertThat(Failures.isTransient(new RuntimeException(new RollbackException("rolled back"))))
                .isFalse();
    }

    @Test
    void aServiceMayMarkItsOwnExceptionsTransient() {
        assertThat(Failures.isTransient(new StillBooting())).isTrue();
    }

    @Test
    void everythingElseIsPoison() {
        assertThat(Failures.isTransient(new RuleBroken())).isFalse();
        assertThat(Failures.isTransient(new AggregateNotFoundException("c-1", "no such counter")))
                .isFalse();
        assertThat(Failures.isTransient(new InvalidCloudEventException("Header ce_id is missing")))
                .isFalse();
        assertThat(Failures.isTransient(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(Failures.isTransient(new SQLException("no state"))).isFalse();
        assertThat(Failures.isTransient(new IllegalArgumentException())).isFalse();
    }

    @Test
    void aCyclicCauseChainEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(Failures.isTransient(a)).isFalse();
    }
}
