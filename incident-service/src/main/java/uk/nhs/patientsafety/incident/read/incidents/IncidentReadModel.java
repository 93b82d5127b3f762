package uk.nhs.patientsafety.incident.read.incidents;

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
import java.util.List;
import java.util.Optional;
import uk.nhs.patientsafety.eventsourcing.patients.PatientVault;
import uk.nhs.patientsafety.incident.access.IncidentAccess;
import uk.nhs.patientsafety.incident.events.PatientIdentity;

/** Reads {@code incident_view} rows and renders them in the view a caller is entitled to. */
@ApplicationScoped
public class IncidentReadModel {

    /** A stored row: the fields access decisions need, and the row to render. */
    public record Row(IncidentAccess.Subject subject, String incidentId, ResultSetRow values) {}

    /** The columns of one row, read eagerly so the connection can be closed. */
    public record ResultSetRow(java.util.Map<String, Object> columns) {
        Object get(String column) {
            return columns.get(column);
        }

        String text(String column) {
            return (String) columns.get(column);
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    PatientVault vault;

    @Inject
    Clock clock;

    public Optional<Row> find(String incidentId) {
        List<Row> rows = query("SELECT * FROM incident_view WHERE incident_id = ?", List.of(incidentId));
        return rows.stream().findFirst();
    }

    public List<Row> query(String sql, List<Object> parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            bind(connection, query, parameters);
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    java.util.Map<String, Object> values = new java.util.HashMap<>();
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
                    ResultSetRow row = new ResultSetRow(values);
                    @SuppressWarnings("unchecked")
                    List<String> involved = (List<String>) values.get("involved_ods");
                    rows.add(new Row(
                            new IncidentAccess.Subject(
                                    row.text("provider_ods"), involved, (Boolean) values.get("serious_incident")),
                            row.text("incident_id"),
                            row));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Incidents could not be read", e);
        }
    }

    public long count(String sql, List<Object> parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            bind(connection, query, parameters);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Incidents could not be counted", e);
        }
    }

    public IncidentDetails render(Row stored, IncidentAccess.View view) {
        ResultSetRow row = stored.values();
        boolean full = view == IncidentAccess.View.FULL;
        Instant nextDue = instant(row.get("next_due_at"));
        String level = row.text("investigation_level");
        String learningResponse = row.text("learning_response");
        @SuppressWarnings("unchecked")
        List<String> involved = (List<String>) row.get("involved_ods");
        return new IncidentDetails(
                stored.incidentId(),
                full ? "full" : "pseudonymised",
                row.text("provider_ods"),
                row.text("provider_reference"),
                (Integer) row.get("revision"),
                row.text("framework"),
                row.text("kind"),
                row.text("status"),
                date(row.get("occurred_on")),
                instant(row.get("identified_at")),
                instant(row.get("reported_at")),
                instant(row.get("updated_at")),
                full ? row.text("description") : null,
                full ? row.text("immediate_actions") : null,
                (Boolean) row.get("near_miss"),
                row.text("never_event_type"),
                row.text("outcome_type"),
                row.text("risk_theme") == null && row.text("risk_imminent") == null
                        ? null
                        : new IncidentDetails.Risk(row.text("risk_theme"), row.text("risk_imminent")),
                full ? row.text("good_care") : null,
                row.text("worst_harm"),
                (Boolean) row.get("serious_incident"),
                row.text("steis_log_number"),
                level,
                learningResponse,
                row.text("external_body"),
                date(row.get("target_date")),
                IncidentDetails.responseDepth(level, learningResponse),
                row.text("coordinating_ods"),
                involved,
                patients(row.text("patients"), full),
                deadlines(row.text("deadlines")),
                nextDue != null && nextDue.isBefore(clock.instant()));
    }

    private List<IncidentDetails.Patient> patients(String stored, boolean full) {
        List<IncidentDetails.Patient> patients = new ArrayList<>();
        for (JsonNode node : tree(stored)) {
            String ref = node.path("ref").asText();
            IncidentDetails.Identity identity = null;
            Boolean erased = null;
            if (full) {
                var opened = vault.open(ref, node.path("sealedIdentity").asText(null), PatientIdentity.class);
                if (opened.isPresent()) {
                    identity = new IncidentDetails.Identity(
                            opened.get().nhsNumber(),
                            opened.get().name(),
                            opened.get().dateOfBirth());
                } else {
                    erased = true;
                }
            }
            patients.add(new IncidentDetails.Patient(
                    ref,
                    node.path("ageBand").asText(null),
                    node.path("physicalHarm").asText(null),
                    node.path("psychologicalHarm").asText(null),
                    identity,
                    erased));
        }
        return patients;
    }

    private List<IncidentDetails.Deadline> deadlines(String stored) {
        List<IncidentDetails.Deadline> deadlines = new ArrayList<>();
        tree(stored).fields().forEachRemaining(entry -> {
            JsonNode node = entry.getValue();
            deadlines.add(new IncidentDetails.Deadline(
                    entry.getKey(),
                    LocalDate.parse(node.path("dueOn").asText()),
                    Instant.parse(node.path("dueAt").asText()),
                    node.path("state").asText(),
                    node.path("approaching").asBoolean(false)));
        });
        deadlines.sort(java.util.Comparator.comparing(IncidentDetails.Deadline::dueAt));
        return deadlines;
    }

    private JsonNode tree(String stored) {
        try {
            return json.readTree(stored);
        } catch (IOException e) {
            throw new IllegalStateException("A stored incident could not be read", e);
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
            } else if (value instanceof java.util.Collection<?> values) {
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
