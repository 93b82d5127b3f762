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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.nhs.patientsafety.eventsourcing.patients.PatientVault;
import uk.nhs.patientsafety.eventsourcing.readmodel.Sql;
import uk.nhs.patientsafety.eventsourcing.readmodel.SqlRow;
import uk.nhs.patientsafety.incident.access.IncidentAccess;
import uk.nhs.patientsafety.incident.events.PatientIdentity;

/** Reads {@code incident_view} rows and renders them in the view a caller is entitled to. */
@ApplicationScoped
public class IncidentReadModel {

    /** A stored row: the fields access decisions need, and the row to render. */
    public record Row(IncidentAccess.Subject subject, String incidentId, SqlRow values) {}

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

    /** One page of the rows a filter selects within the caller's scope, and how many there are in all. */
    public record Selection(List<Row> rows, long total) {}

    private static final java.util.Map<IncidentFilter.SortKey, String> SORT_COLUMNS = java.util.Map.of(
            IncidentFilter.SortKey.reportedAt, "reported_at",
            IncidentFilter.SortKey.occurredOn, "occurred_on",
            IncidentFilter.SortKey.updatedAt, "updated_at",
            IncidentFilter.SortKey.status, "status",
            IncidentFilter.SortKey.nextDueAt, "next_due_at");

    public Selection select(IncidentFilter filter, IncidentAccess.Scope scope) {
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        filter.providerOds().ifPresent(ods -> condition(where, parameters, "provider_ods = ?", ods));
        filter.status().ifPresent(status -> condition(where, parameters, "status = ?", status.code()));
        filter.framework().ifPresent(framework -> condition(where, parameters, "framework = ?", framework.code()));
        filter.kind().ifPresent(kind -> condition(where, parameters, "kind = ?", kind.code()));
        filter.overdue()
                .ifPresent(overdue ->
                        where.add(overdue ? "next_due_at < now()" : "(next_due_at IS NULL OR next_due_at >= now())"));
        filter.occurredFrom().ifPresent(date -> condition(where, parameters, "occurred_on >= ?", date));
        filter.occurredTo().ifPresent(date -> condition(where, parameters, "occurred_on <= ?", date));
        filter.reportedFrom().ifPresent(at -> condition(where, parameters, "reported_at >= ?", at));
        filter.reportedTo().ifPresent(at -> condition(where, parameters, "reported_at < ?", at));
        // Within the caller's scope only: every incident of its providers, those its organisation is involved in,
        // the serious incidents and never events of a region's providers.
        where.add("(provider_ods = ANY(?) OR ? = ANY(involved_ods)"
                + " OR (provider_ods = ANY(?) AND (serious_incident OR never_event_type IS NOT NULL)))");
        parameters.add(scope.providers());
        parameters.add(scope.involvedOrg());
        parameters.add(scope.notableProviders());
        String clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        String order = SORT_COLUMNS.get(filter.sort().key())
                + (filter.sort().descending() ? " DESC NULLS LAST" : " ASC NULLS LAST");
        long total = count("SELECT count(*) FROM incident_view" + clause, parameters);
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(filter.size());
        paged.add((long) filter.page() * filter.size());
        List<Row> rows = query(
                "SELECT * FROM incident_view" + clause + " ORDER BY " + order + ", incident_id LIMIT ? OFFSET ?",
                paged);
        return new Selection(rows, total);
    }

    /** Counts per provider, month, kind, worst harm and status, within {@code providers} (empty: every provider). */
    public IncidentAggregates aggregate(
            IncidentAggregates.Range range, java.util.Optional<java.util.Set<String>> providers) {
        List<String> where = new ArrayList<>(List.of("occurred_on >= ?", "occurred_on < ?"));
        List<Object> parameters = new ArrayList<>(
                List.of(range.from().atDay(1), range.to().plusMonths(1).atDay(1)));
        range.providerOds().ifPresent(ods -> condition(where, parameters, "provider_ods = ?", ods));
        providers.ifPresent(scope -> condition(where, parameters, "provider_ods = ANY(?)", scope));
        List<IncidentAggregates.Group> groups = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT provider_ods,"
                        + " to_char(occurred_on, 'YYYY-MM') AS month, kind, worst_harm, status, count(*) FROM"
                        + " incident_view WHERE " + String.join(" AND ", where)
                        + " GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5")) {
            Sql.bind(connection, query, parameters);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    groups.add(new IncidentAggregates.Group(
                            result.getString(1),
                            result.getString(2),
                            result.getString(3),
                            result.getString(4),
                            result.getString(5),
                            result.getLong(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Incidents could not be counted", e);
        }
        return new IncidentAggregates(range.from().toString(), range.to().toString(), groups);
    }

    private static void condition(List<String> where, List<Object> parameters, String condition, Object value) {
        where.add(condition);
        parameters.add(value);
    }

    private List<Row> query(String sql, List<Object> parameters) {
        return Sql.rows(dataSource, sql, parameters).stream()
                .map(row -> new Row(
                        new IncidentAccess.Subject(
                                row.text("incident_id"),
                                row.text("provider_ods"),
                                row.texts("involved_ods"),
                                row.flag("serious_incident"),
                                row.text("never_event_type") != null),
                        row.text("incident_id"),
                        row))
                .toList();
    }

    private long count(String sql, List<Object> parameters) {
        return Sql.count(dataSource, sql, parameters);
    }

    public IncidentDetails render(Row stored, IncidentAccess.View view) {
        SqlRow row = stored.values();
        boolean full = view == IncidentAccess.View.FULL;
        Instant nextDue = row.instant("next_due_at");
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
                row.date("occurred_on"),
                row.instant("identified_at"),
                row.instant("reported_at"),
                row.instant("updated_at"),
                full ? row.text("description") : null,
                full ? row.text("immediate_actions") : null,
                (Boolean) row.get("near_miss"),
                row.text("never_event_type"),
                row.text("national_requirement"),
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
                row.date("target_date"),
                IncidentDetails.responseDepth(level, learningResponse),
                row.text("coordinating_ods"),
                involved,
                patients(stored.incidentId(), row.text("patients"), full),
                deadlines(row.text("deadlines")),
                nextDue != null && nextDue.isBefore(clock.instant()));
    }

    /**
     * The full view names each patient by their stable reference; a pseudonymised view by a reference of this
     * incident only, so that a provider that knows a patient cannot follow them through other organisations' views.
     */
    private List<IncidentDetails.Patient> patients(String incidentId, String stored, boolean full) {
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
                    full ? ref : vault.outsideReference(incidentId, ref),
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
}
