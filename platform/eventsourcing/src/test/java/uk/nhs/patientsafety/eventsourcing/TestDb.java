package uk.nhs.patientsafety.eventsourcing;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import uk.nhs.patientsafety.eventsourcing.counter.CounterEvents;

/** Plain SQL for tests that check what landed in the event store and the inbox. */
public final class TestDb {

    private final AgroalDataSource dataSource;

    public TestDb(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Increments stored for counter {@code id}: the effect of an applied increment request. */
    public int increments(String id) throws SQLException {
        return Integer.parseInt(single(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?",
                id,
                CounterEvents.CounterIncremented.class.getName()));
    }

    public boolean processed(String consumer, String ceId) throws SQLException {
        return single("SELECT count(*) FROM processed_message WHERE consumer = ? AND message_id = ?", consumer, ceId)
                .equals("1");
    }

    public String single(String sql, String... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    public void execute(String sql, String... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
