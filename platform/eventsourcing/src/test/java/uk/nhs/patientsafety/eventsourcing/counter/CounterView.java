package uk.nhs.patientsafety.eventsourcing.counter;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import uk.nhs.patientsafety.eventsourcing.counter.CounterEvents.CounterIncremented;
import uk.nhs.patientsafety.eventsourcing.counter.CounterEvents.CounterOpened;

/**
 * A projection into {@code counter_view}. Tests can make it fail after it has written, to show that the write and
 * the token roll back together and that the event is retried rather than skipped.
 */
@ApplicationScoped
@ProcessingGroup("counter.view")
public class CounterView {

    /** Counter ids whose next increments fail after writing, and how many more times. */
    private final Map<String, AtomicInteger> failuresToInject = new ConcurrentHashMap<>();

    private final AtomicInteger failedAttempts = new AtomicInteger();

    @Inject
    AgroalDataSource dataSource;

    @EventHandler
    void on(CounterOpened event) throws SQLException {
        execute(
                "INSERT INTO counter_view (counter_id, label, value, applied) VALUES (?, ?, 0, 0)",
                event.counterId(),
                event.label());
    }

    @EventHandler
    void on(CounterIncremented event) throws SQLException {
        // "applied" counts increments applied: above the value means an event was applied twice.
        execute(
                "UPDATE counter_view SET value = ?::int, applied = applied + 1 WHERE counter_id = ?",
                String.valueOf(event.value()),
                event.counterId());
        AtomicInteger failures = failuresToInject.get(event.counterId());
        if (failures != null && failures.getAndDecrement() > 0) {
            failedAttempts.incrementAndGet();
            throw new IllegalStateException("Injected projection failure for " + event.counterId());
        }
    }

    /** A rebuild starts from an empty view. */
    @ResetHandler
    void reset() throws SQLException {
        execute("DELETE FROM counter_view");
    }

    /** Makes the next {@code times} increments of {@code counterId} fail after their write. */
    public void failNextIncrements(String counterId, int times) {
        failuresToInject.put(counterId, new AtomicInteger(times));
    }

    public int failedAttempts() {
        return failedAttempts.get();
    }

    private void execute(String sql, String... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
