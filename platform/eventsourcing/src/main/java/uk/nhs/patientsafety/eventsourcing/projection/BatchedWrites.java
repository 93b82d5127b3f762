package uk.nhs.patientsafety.eventsourcing.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A projection's writes for one processor batch, sent together when the batch commits: in their order, with runs
 * of the same statement as one JDBC batch. A replay then costs a round trip per run of events, not per event. Reads
 * in between flush first, so that they see every earlier write.
 */
public final class BatchedWrites {

    private record Write(String sql, Object[] parameters) {}

    private static final String RESOURCE = BatchedWrites.class.getName();

    private final DataSource dataSource;
    private final List<Write> pending = new ArrayList<>();

    private BatchedWrites(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The writes of the current batch, flushed before it commits. */
    public static BatchedWrites current(DataSource dataSource) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(RESOURCE, key -> {
            BatchedWrites writes = new BatchedWrites(dataSource);
            batch.onPrepareCommit(u -> writes.flush());
            return writes;
        });
    }

    public void add(String sql, Object... parameters) {
        pending.add(new Write(sql, parameters));
    }

    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            int start = 0;
            while (start < pending.size()) {
                String sql = pending.get(start).sql();
                int end = start;
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    while (end < pending.size() && pending.get(end).sql().equals(sql)) {
                        bind(statement, pending.get(end).parameters());
                        statement.addBatch();
                        end++;
                    }
                    statement.executeBatch();
                }
                start = end;
            }
            pending.clear();
        } catch (SQLException e) {
            throw new IllegalStateException("A read model could not be written", e);
        }
    }

    public static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof Instant instant) {
                statement.setTimestamp(i + 1, java.sql.Timestamp.from(instant));
            } else if (value instanceof LocalDate date) {
                statement.setObject(i + 1, date);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
