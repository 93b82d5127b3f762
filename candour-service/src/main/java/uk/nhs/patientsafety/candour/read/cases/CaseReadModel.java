package uk.nhs.patientsafety.candour.read.cases;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.nhs.patientsafety.candour.access.CandourAccess;
import uk.nhs.patientsafety.candour.events.RelevantPerson;
import uk.nhs.patientsafety.candour.read.cases.CaseViews.*;
import uk.nhs.patientsafety.eventsourcing.patients.PatientVault;
import uk.nhs.patientsafety.reference.England;

/** Reads {@code candour_case_view} rows (all the view's SQL) and renders them in the view a caller is entitled to. */
@ApplicationScoped
public class CaseReadModel {

    /** A stored row: its columns, read eagerly so the connection can be closed. */
    public record Row(Map<String, Object> columns) {
        String text(String column) {
            return (String) columns.get(column);
        }

        public String caseId() {
            return text("case_id");
        }

        public String providerOds() {
            return text("provider_ods");
        }
    }

    public record Selection(List<Row> rows, long total) {}

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    PatientVault vault;

    @Inject
    Clock clock;

    public Optional<Row> find(String caseId) {
        return query("SELECT * FROM candour_case_view WHERE case_id = ?", List.of(caseId)).stream()
                .findFirst();
    }

    /** A page of the cases the filter selects among {@code providers} (the caller's scope). */
    public Selection select(CaseFilter filter, Set<String> providers) {
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        where.add("provider_ods = ANY(?)");
        parameters.add(providers);
        filter.providerOds().ifPresent(ods -> condition(where, parameters, "provider_ods = ?", ods));
        filter.incidentId().ifPresent(id -> condition(where, parameters, "incident_id = ?", id));
        filter.status().ifPresent(status -> condition(where, parameters, "status = ?", status.code()));
        filter.overdue().ifPresent(overdue -> {
            // A case without a target (screened out) is never overdue; COALESCE keeps NOT from turning it to NULL.
            String late = "(COALESCE(deadline_state, '') = 'breached'"
                    + " OR (COALESCE(deadline_state, '') = 'open' AND due_at < ?)"
                    + " OR COALESCE(written_state, '') = 'breached'"
                    + " OR (COALESCE(written_state, '') = 'open' AND written_due_at < ?))";
            where.add(overdue ? late : "NOT " + late);
            parameters.add(clock.instant());
            parameters.add(clock.instant());
        });
        String clause = " WHERE " + String.join(" AND ", where);
        long total = count("SELECT count(*) FROM candour_case_view" + clause, parameters);
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(filter.size());
        paged.add((long) filter.page() * filter.size());
        List<Row> rows = query(
                "SELECT * FROM candour_case_view" + clause + " ORDER BY opened_at DESC, case_id LIMIT ? OFFSET ?",
                paged);
        return new Selection(rows, total);
    }

    /** One provider's Duty of Candour compliance over a window of reported incidents: counts only. */
    public record ProviderCompliance(
            String providerOds,
            long notifiable,
            long notifiedInPersonWithinTarget,
            long writtenWithinTarget,
            long declinedOrNotContactable,
            long overdue,
            long awaitingAssessment) {}

    /** Every provider with a case. */
    public Set<String> providers() {
        Set<String> providers = new java.util.TreeSet<>();
        query("SELECT DISTINCT provider_ods FROM candour_case_view", List.of())
                .forEach(row -> providers.add(row.providerOds()));
        return providers;
    }

    /** Per provider of {@code providers} with incidents reported on {@code from} to {@code to} (England dates). */
    public List<ProviderCompliance> compliance(Set<String> providers, LocalDate from, LocalDate to) {
        Instant now = clock.instant();
        List<Row> rows = query(
                "SELECT provider_ods,"
                        + " count(*) FILTER (WHERE applicable) AS notifiable,"
                        + " count(*) FILTER (WHERE applicable AND within_target) AS in_person,"
                        + " count(*) FILTER (WHERE applicable AND written_within_target) AS written,"
                        + " count(*) FILTER (WHERE exemption IS NOT NULL) AS exempt,"
                        + " count(*) FILTER (WHERE deadline_state = 'breached' OR (deadline_state = 'open' AND due_at < ?)"
                        + "   OR written_state = 'breached' OR (written_state = 'open' AND written_due_at < ?)) AS overdue,"
                        + " count(*) FILTER (WHERE status = 'assessment_required') AS awaiting"
                        + " FROM candour_case_view WHERE provider_ods = ANY(?)"
                        + " AND incident_reported_at >= ? AND incident_reported_at < ?"
                        + " GROUP BY provider_ods ORDER BY provider_ods",
                List.of(now, now, providers, England.startOf(from), England.startOf(to.plusDays(1))));
        return rows.stream()
                .map(row -> new ProviderCompliance(
                        row.providerOds(),
                        number(row, "notifiable"),
                        number(row, "in_person"),
                        number(row, "written"),
                        number(row, "exempt"),
                        number(row, "overdue"),
                        number(row, "awaiting")))
                .toList();
    }

    private static long number(Row row, String column) {
        return ((Number) row.columns().get(column)).longValue();
    }

    public CaseView render(Row row, CandourAccess.View view) {
        return view == CandourAccess.View.FULL ? full(row) : status(row);
    }

    private Full full(Row row) {
        return new Full(
                row.caseId(),
                CandourAccess.View.FULL.code(),
                row.text("incident_id"),
                row.providerOds(),
                row.text("patient_ref"),
                row.text("status"),
                row.text("provider_type"),
                row.text("ruleset"),
                date(row.columns().get("incident_date")),
                instant(row.columns().get("incident_reported_at")),
                Boolean.TRUE.equals(row.columns().get("never_event")),
                new Screening(
                        row.text("screened_harm"),
                        Boolean.TRUE.equals(row.columns().get("harm_uncertain")),
                        Boolean.TRUE.equals(row.columns().get("assessment_required"))),
                tree(row.text("assessment")),
                person(row),
                tree(row.text("notification")),
                date(row.columns().get("notified_on")),
                (Boolean) row.columns().get("within_target"),
                tree(row.text("attempts")),
                row.text("exemption"),
                row.text("exemption_reason"),
                deadline(row),
                written(row),
                tree(row.text("updates")),
                row.text("response_concluded"),
                tree(row.text("findings")),
                instant(row.columns().get("completed_at")),
                row.text("family_involvement") == null
                        ? null
                        : new Family(
                                row.text("family_involvement"),
                                tree(row.text("family_meetings")),
                                tree(row.text("family_concerns")),
                                tree(row.text("family_documents"))),
                instant(row.columns().get("opened_at")),
                instant(row.columns().get("updated_at")));
    }

    private StatusOnly status(Row row) {
        JsonNode assessment = tree(row.text("assessment"));
        return new StatusOnly(
                row.caseId(),
                CandourAccess.View.STATUS.code(),
                row.text("incident_id"),
                row.providerOds(),
                row.text("status"),
                row.text("ruleset"),
                (Boolean) row.columns().get("applicable"),
                date(row.columns().get("incident_date")),
                instant(row.columns().get("incident_reported_at")),
                assessment == null
                        ? null
                        : Instant.parse(assessment.path("assessedAt").asText()),
                date(row.columns().get("notified_on")),
                (Boolean) row.columns().get("within_target"),
                row.text("exemption"),
                deadline(row),
                date(row.columns().get("written_due_on")),
                date(row.columns().get("written_sent_on")),
                (Boolean) row.columns().get("written_within_target"),
                writtenOverdue(row),
                date(row.columns().get("findings_shared_on")),
                instant(row.columns().get("completed_at")),
                familyStatus(row),
                instant(row.columns().get("updated_at")));
    }

    private Person person(Row row) {
        String ref = row.text("person_ref");
        if (ref == null) {
            return null;
        }
        Optional<RelevantPerson> opened = vault.open(ref, row.text("sealed_person"), RelevantPerson.class);
        return opened.map(p -> new Person(
                        row.text("relevant_basis"),
                        ref,
                        false,
                        p.name(),
                        p.relationship(),
                        p.telephone(),
                        p.email(),
                        p.address()))
                .orElseGet(() -> new Person(row.text("relevant_basis"), ref, true, null, null, null, null, null));
    }

    private Deadline deadline(Row row) {
        Instant dueAt = instant(row.columns().get("due_at"));
        if (dueAt == null) {
            return null;
        }
        String state = row.text("deadline_state");
        boolean overdue = "breached".equals(state) || ("open".equals(state) && dueAt.isBefore(clock.instant()));
        return new Deadline(
                "verbal_notification",
                date(row.columns().get("due_on")),
                dueAt,
                state,
                Boolean.TRUE.equals(row.columns().get("deadline_approaching")),
                overdue);
    }

    /** Built from the stored arrays field by field: dates, counts and codes only. */
    private FamilyStatus familyStatus(Row row) {
        String type = row.text("family_involvement");
        if (type == null) {
            return null;
        }
        JsonNode meetings = tree(row.text("family_meetings"));
        JsonNode concerns = tree(row.text("family_concerns"));
        com.fasterxml.jackson.databind.node.ArrayNode shared = json.createArrayNode();
        tree(row.text("family_documents")).forEach(d -> shared.addObject()
                .put("document", d.path("document").asText())
                .put("sharedOn", d.path("sharedOn").asText())
                .put("asAgreed", d.path("asAgreed").asBoolean()));
        boolean orally = false;
        boolean inWriting = false;
        for (JsonNode meeting : meetings) {
            orally |= meeting.path("purposeExplainedOrally").asBoolean();
            inWriting |= meeting.path("purposeExplainedInWriting").asBoolean();
        }
        int answeredCount = 0;
        for (JsonNode concern : concerns) {
            answeredCount += concern.has("answeredOn") ? 1 : 0;
        }
        return new FamilyStatus(
                type,
                meetings.size(),
                meetings.isEmpty()
                        ? null
                        : LocalDate.parse(meetings.get(0).path("heldOn").asText()),
                orally,
                inWriting,
                concerns.size(),
                answeredCount,
                shared);
    }

    private Written written(Row row) {
        Instant dueAt = instant(row.columns().get("written_due_at"));
        if (dueAt == null && row.text("written_document_id") == null) {
            return null;
        }
        return new Written(
                date(row.columns().get("written_due_on")),
                dueAt,
                row.text("written_state"),
                writtenOverdue(row),
                date(row.columns().get("written_sent_on")),
                (Boolean) row.columns().get("written_within_target"),
                row.text("written_document_id"));
    }

    private boolean writtenOverdue(Row row) {
        Instant dueAt = instant(row.columns().get("written_due_at"));
        String state = row.text("written_state");
        return "breached".equals(state) || ("open".equals(state) && dueAt != null && dueAt.isBefore(clock.instant()));
    }

    private JsonNode tree(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("A stored candour case could not be read", e);
        }
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }

    private static void condition(List<String> where, List<Object> parameters, String sql, Object value) {
        where.add(sql);
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
                        if (value != null && value.getClass().getSimpleName().equals("PGobject")) {
                            value = value.toString();
                        }
                        values.put(result.getMetaData().getColumnLabel(i), value);
                    }
                    rows.add(new Row(values));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Candour cases could not be read", e);
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
            throw new IllegalStateException("Candour cases could not be counted", e);
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, List<Object> parameters)
            throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof Set<?> set) {
                statement.setArray(i + 1, connection.createArrayOf("text", set.toArray()));
            } else if (value instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
