package uk.nhs.patientsafety.assurance.read.safetyactions;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.nhs.patientsafety.assurance.access.CaseAccess;

/** Reads {@code safety_action_view} and renders rows in the caller's view. */
@ApplicationScoped
public class SafetyActionReadModel {

    public record Row(String actionId, String providerOds, Map<String, Object> columns) {
        String text(String column) {
            return (String) columns.get(column);
        }
    }

    public record Selection(List<Row> rows, long total) {}

    @Inject
    AgroalDataSource dataSource;

    public Optional<Row> find(String actionId) {
        return query("SELECT * FROM safety_action_view WHERE action_id = ?", List.of(actionId)).stream()
                .findFirst();
    }

    public Selection select(SafetyActionFilter filter, Set<String> providers) {
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        condition(where, parameters, "provider_ods = ANY(?)", providers);
        filter.providerOds().ifPresent(v -> condition(where, parameters, "provider_ods = ?", v));
        filter.incidentId().ifPresent(v -> condition(where, parameters, "incident_id = ?", v));
        filter.planId().ifPresent(v -> condition(where, parameters, "plan_id = ?", v));
        filter.status().ifPresent(v -> condition(where, parameters, "status = ?", v.code()));
        filter.overdue().ifPresent(v -> condition(where, parameters, "overdue = ?", v));
        String clause = " WHERE " + String.join(" AND ", where);
        long total = count("SELECT count(*) FROM safety_action_view" + clause, parameters);
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(filter.size());
        paged.add((long) filter.page() * filter.size());
        return new Selection(
                query(
                        "SELECT * FROM safety_action_view" + clause + " ORDER BY due_on, action_id LIMIT ? OFFSET ?",
                        paged),
                total);
    }

    public SafetyActionDetails render(Row row, CaseAccess.View view) {
        boolean full = view == CaseAccess.View.FULL;
        Map<String, Object> c = row.columns();
        return new SafetyActionDetails(
                row.actionId(),
                view.code(),
                row.text("plan_id"),
                row.text("incident_id"),
                row.text("provider_ods"),
                row.text("framework"),
                row.text("commissioner_ods"),
                row.text("status"),
                full ? row.text("description") : null,
                row.text("owner_ods"),
                full ? row.text("owner_role") : null,
                ((java.sql.Date) c.get("due_on")).toLocalDate(),
                full ? row.text("measure_of_success") : null,
                instant(c.get("proposed_at")),
                instant(c.get("updated_at")),
                row.text("agreed_by"),
                full ? row.text("evidence") : null,
                full ? row.text("rejection_reasons") : null,
                row.text("verified_by"),
                instant(c.get("verified_at")),
                Boolean.TRUE.equals(c.get("due_soon")),
                Boolean.TRUE.equals(c.get("overdue")),
                row.text("escalated_forum"),
                full ? row.text("escalation_reason") : null);
    }

    private static void condition(List<String> where, List<Object> parameters, String condition, Object value) {
        where.add(condition);
        parameters.add(value);
    }

    private List<Row> query(String sql, List<Object> parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            bind(connection, query, parameters);
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, Object> values = new HashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        values.put(result.getMetaData().getColumnLabel(i), result.getObject(i));
                    }
                    rows.add(new Row((String) values.get("action_id"), (String) values.get("provider_ods"), values));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Safety actions could not be read", e);
        }
    }

    private long count(String sql, List<Object> parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            bind(connection, query, parameters);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Safety actions could not be counted", e);
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, List<Object> parameters)
            throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof Collection<?> values) {
                statement.setArray(i + 1, connection.createArrayOf("text", values.toArray()));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private static Instant instant(Object value) {
        return value == null ? null : ((Timestamp) value).toInstant();
    }
}
