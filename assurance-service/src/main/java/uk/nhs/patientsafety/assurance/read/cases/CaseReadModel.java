package uk.nhs.patientsafety.assurance.read.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.patientsafety.assurance.access.CaseAccess;

/** Reads {@code assurance_case_view} rows and renders them in the view a caller is entitled to. */
@ApplicationScoped
public class CaseReadModel {

    /** A stored row: what access decisions need, and the columns to render. */
    public record Row(CaseAccess.Subject subject, String caseId, Map<String, Object> columns) {
        String text(String column) {
            return (String) columns.get(column);
        }
    }

    public record Selection(List<Row> rows, long total) {}

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    public Optional<Row> find(String caseId) {
        return query("SELECT * FROM assurance_case_view WHERE case_id = ?", List.of(caseId)).stream()
                .findFirst();
    }

    public Selection select(CaseFilter filter, CaseAccess.Scope scope) {
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        where.add("(provider_ods = ANY(?) OR (escalated AND provider_ods = ANY(?)))");
        parameters.add(scope.providers());
        parameters.add(scope.escalatedProviders());
        filter.providerOds().ifPresent(ods -> condition(where, parameters, "provider_ods = ?", ods));
        filter.incidentId().ifPresent(id -> condition(where, parameters, "incident_id = ?", id));
        filter.status().ifPresent(status -> condition(where, parameters, "status = ?", status.code()));
        filter.overdue().ifPresent(overdue -> {
            where.add(
                    overdue
                            ? "(review_state IN ('open', 'breached') AND review_due_at < ?)"
                            : "NOT (review_state IN ('open', 'breached') AND review_due_at < ?)");
            parameters.add(clock.instant());
        });
        String clause = " WHERE " + String.join(" AND ", where);
        long total = count("SELECT count(*) FROM assurance_case_view" + clause, parameters);
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(filter.size());
        paged.add((long) filter.page() * filter.size());
        return new Selection(
                query(
                        "SELECT * FROM assurance_case_view" + clause
                                + " ORDER BY received_at DESC, case_id LIMIT ? OFFSET ?",
                        paged),
                total);
    }

    public CaseDetails render(Row row, CaseAccess.View view) {
        boolean full = view == CaseAccess.View.FULL;
        Instant dueAt = instant(row.columns().get("review_due_at"));
        String state = row.text("review_state");
        boolean running = "open".equals(state) || "breached".equals(state);
        CaseDetails.ReviewClock clockView = dueAt == null
                ? null
                : new CaseDetails.ReviewClock(
                        date(row.columns().get("review_due_on")),
                        dueAt,
                        row.text("review_duration"),
                        state,
                        Boolean.TRUE.equals(row.columns().get("review_approaching")),
                        running && dueAt.isBefore(clock.instant()));
        CaseDetails.Review review = null;
        if (row.columns().get("reviewed_submission") != null) {
            List<CaseDetails.PanelMember> panel = new ArrayList<>();
            tree(row.text("review_panel"))
                    .forEach(m -> panel.add(new CaseDetails.PanelMember(
                            m.path("name").asText(null), m.path("role").asText(null))));
            List<CaseDetails.ChecklistAnswer> checklist = new ArrayList<>();
            tree(row.text("review_checklist"))
                    .forEach(a -> checklist.add(new CaseDetails.ChecklistAnswer(
                            a.path("item").asText(null),
                            a.path("answer").asText(null),
                            full ? a.path("comment").asText(null) : null)));
            review = new CaseDetails.Review(
                    (Integer) row.columns().get("reviewed_submission"),
                    row.text("review_method"),
                    full ? panel : null,
                    checklist,
                    full ? row.text("review_comments") : null);
        }
        Instant closedAt = instant(row.columns().get("closed_at"));
        CaseDetails.Closure closure = closedAt == null
                ? null
                : new CaseDetails.Closure(
                        closedAt,
                        Boolean.TRUE.equals(row.columns().get("monitoring_agreed")),
                        full ? row.text("monitoring_arrangement") : null,
                        full ? row.text("closure_comments") : null);
        @SuppressWarnings("unchecked")
        List<String> reasons = (List<String>) row.columns().get("refusal_reasons");
        CaseDetails.Refusal refusal =
                reasons == null ? null : new CaseDetails.Refusal(reasons, full ? row.text("refusal_comments") : null);
        CaseDetails.Escalation escalation = row.text("forum") == null
                ? null
                : new CaseDetails.Escalation(row.text("forum"), full ? row.text("escalation_reason") : null);
        @SuppressWarnings("unchecked")
        List<String> openActions = (List<String>) row.columns().get("open_actions");
        return new CaseDetails(
                row.caseId(),
                view.code(),
                row.text("incident_id"),
                row.text("provider_ods"),
                row.text("commissioner_ods"),
                row.text("framework"),
                row.text("status"),
                (Integer) row.columns().get("submission"),
                instant(row.columns().get("received_at")),
                instant(row.columns().get("opened_at")),
                instant(row.columns().get("updated_at")),
                clockView,
                review,
                full ? row.text("further_information") : null,
                closure,
                refusal,
                escalation,
                openActions);
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
                        Object value = result.getObject(i);
                        if (value instanceof java.sql.Array array) {
                            value = Arrays.asList((Object[]) array.getArray());
                        } else if (value != null
                                && value.getClass().getSimpleName().equals("PGobject")) {
                            value = value.toString();
                        }
                        values.put(result.getMetaData().getColumnLabel(i), value);
                    }
                    rows.add(new Row(
                            new CaseAccess.Subject(
                                    (String) values.get("provider_ods"), Boolean.TRUE.equals(values.get("escalated"))),
                            (String) values.get("case_id"),
                            values));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Assurance cases could not be read", e);
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
            throw new IllegalStateException("Assurance cases could not be counted", e);
        }
    }

    private JsonNode tree(String stored) {
        try {
            return stored == null ? json.createArrayNode() : json.readTree(stored);
        } catch (IOException e) {
            throw new IllegalStateException("A stored case could not be read", e);
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, List<Object> parameters)
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

    private static Instant instant(Object value) {
        return value == null ? null : ((Timestamp) value).toInstant();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : ((java.sql.Date) value).toLocalDate();
    }
}
