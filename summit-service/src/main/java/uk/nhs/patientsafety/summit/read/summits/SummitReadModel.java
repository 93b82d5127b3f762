package uk.nhs.patientsafety.summit.read.summits;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.nhs.patientsafety.eventsourcing.readmodel.Sql;
import uk.nhs.patientsafety.summit.access.SummitAccess;

/** Reads {@code summit_view} and {@code summit_action_view}: every SQL statement of the summits view. */
@ApplicationScoped
public class SummitReadModel {

    public record Filter(String providerOds, String status, String format, int page, int size) {}

    public record Selection(List<SummitDetails> rows, long total) {}

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    public Optional<SummitDetails> find(String summitId) {
        return query("SELECT * FROM summit_view WHERE summit_id = ?", List.of(summitId)).stream()
                .findFirst();
    }

    /** What access needs to decide on a row. */
    public static SummitAccess.Subject subject(SummitDetails summit) {
        Set<String> participants = new LinkedHashSet<>(summit.invitees());
        participants.addAll(summit.attendees());
        return new SummitAccess.Subject(
                summit.id(), summit.providerOds(), summit.convenorOds(), participants, Map.of());
    }

    public Selection select(Filter filter, SummitAccess.Scope scope) {
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        where.add("(convenor_ods = ? OR ? = ANY(invitees) OR ? = ANY(attendees) OR provider_ods = ANY(?))");
        parameters.add(scope.org());
        parameters.add(scope.org());
        parameters.add(scope.org());
        parameters.add(List.copyOf(scope.providers()));
        if (filter.providerOds() != null) {
            where.add("provider_ods = ?");
            parameters.add(filter.providerOds());
        }
        if (filter.status() != null) {
            where.add("status = ?");
            parameters.add(filter.status());
        }
        if (filter.format() != null) {
            where.add("format = ?");
            parameters.add(filter.format());
        }
        String clause = " WHERE " + String.join(" AND ", where);
        long total = count("SELECT count(*) FROM summit_view" + clause, parameters);
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(filter.size());
        paged.add((long) filter.page() * filter.size());
        return new Selection(
                query(
                        "SELECT * FROM summit_view" + clause
                                + " ORDER BY requested_at DESC, summit_id LIMIT ? OFFSET ?",
                        paged),
                total);
    }

    private List<SummitDetails> query(String sql, List<Object> parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            Sql.bind(connection, query, parameters);
            List<SummitDetails> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String id = row.getString("summit_id");
                    Object followUp = row.getObject("follow_up_needed");
                    String decision = row.getString("escalation_decision");
                    rows.add(new SummitDetails(
                            id,
                            row.getString("provider_ods"),
                            row.getString("format"),
                            row.getString("convenor_ods"),
                            row.getString("concern_id"),
                            row.getString("status"),
                            row.getInt("round"),
                            row.getString("chair"),
                            row.getObject("held_on", LocalDate.class),
                            Arrays.asList((String[]) row.getArray("invitees").getArray()),
                            Arrays.asList((String[]) row.getArray("attendees").getArray()),
                            json.readValue(
                                    row.getString("intelligence_pack"),
                                    new TypeReference<List<SummitDetails.PackItem>>() {}),
                            decision == null
                                    ? null
                                    : new SummitDetails.Outcome(
                                            decision, (Boolean) followUp, row.getString("communications_line")),
                            row.getString("deescalated_to"),
                            List.of(),
                            row.getTimestamp("requested_at").toInstant(),
                            row.getTimestamp("updated_at").toInstant()));
                }
            }
            List<SummitDetails> withActions = new ArrayList<>();
            for (SummitDetails summit : rows) {
                withActions.add(withActions(connection, summit));
            }
            return withActions;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Summits could not be read", e);
        }
    }

    private SummitDetails withActions(Connection connection, SummitDetails summit) throws SQLException {
        List<SummitDetails.ActionItem> actions = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT * FROM summit_action_view WHERE summit_id = ? ORDER BY round, due_on, action_id")) {
            query.setString(1, summit.id());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    actions.add(new SummitDetails.ActionItem(
                            row.getString("action_id"),
                            row.getInt("round"),
                            row.getString("description"),
                            row.getString("owner_ods"),
                            row.getObject("due_on", LocalDate.class),
                            row.getString("state"),
                            row.getBoolean("overdue") && row.getString("state").equals("assigned")));
                }
            }
        }
        return new SummitDetails(
                summit.id(),
                summit.providerOds(),
                summit.format(),
                summit.convenorOds(),
                summit.concernId(),
                summit.status(),
                summit.round(),
                summit.chair(),
                summit.heldOn(),
                summit.invitees(),
                summit.attendees(),
                summit.intelligencePack(),
                summit.outcome(),
                summit.deescalatedTo(),
                actions,
                summit.requestedAt(),
                summit.updatedAt());
    }

    private long count(String sql, List<Object> parameters) {
        return Sql.count(dataSource, sql, parameters);
    }
}
