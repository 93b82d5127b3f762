package uk.nhs.patientsafety.eventsourcing.readmodel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The JDBC a read model's queries need, written once: parameters bound by type (an {@link Instant} as a timestamp, a
 * collection as a {@code text[]} for {@code = ANY(?)}), rows read eagerly into {@link SqlRow}s, counts, and a
 * {@link Where} clause built from optional filters. The read model keeps its SQL; this keeps the plumbing.
 */
public final class Sql {

    private Sql() {}

    /** The conditions of a filtered query, with their parameters in order. */
    public static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> parameters = new ArrayList<>();

        /** Adds a condition and the values of its placeholders. */
        public Where and(String condition, Object... values) {
            conditions.add(condition);
            parameters.addAll(Arrays.asList(values));
            return this;
        }

        /** {@code " WHERE a AND b"}, or nothing without conditions. */
        public String clause() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        public List<Object> parameters() {
            return List.copyOf(parameters);
        }
    }

    public static List<SqlRow> rows(DataSource dataSource, String sql, List<?> parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            bind(connection, query, parameters);
            List<SqlRow> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    Map<String, Object> values = new HashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        values.put(meta.getColumnLabel(i), value(result.getObject(i)));
                    }
                    rows.add(new SqlRow(values));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("A read model could not be queried", e);
        }
    }

    public static long count(DataSource dataSource, String sql, List<?> parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            bind(connection, query, parameters);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("A read model could not be counted", e);
        }
    }

    public static void bind(Connection connection, PreparedStatement statement, List<?> parameters)
            throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (value instanceof LocalDate date) {
                statement.setObject(i + 1, date);
            } else if (value instanceof Collection<?> values) {
                statement.setArray(i + 1, connection.createArrayOf("text", values.toArray()));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private static Object value(Object value) throws SQLException {
        if (value instanceof java.sql.Array array) {
            return Arrays.asList((Object[]) array.getArray());
        }
        if (value != null && value.getClass().getSimpleName().equals("PGobject")) {
            return value.toString();
        }
        return value;
    }
}
