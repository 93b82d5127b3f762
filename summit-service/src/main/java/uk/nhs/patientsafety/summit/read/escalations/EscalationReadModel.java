package uk.nhs.patientsafety.summit.read.escalations;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import uk.nhs.patientsafety.eventsourcing.readmodel.Sql;
import uk.nhs.patientsafety.summit.access.EscalationAccess;

/** Reads {@code escalation_view}: every SQL statement of the escalations view. */
@ApplicationScoped
public class EscalationReadModel {

    public record Filter(String direction, String status, Boolean overdue, String region, int page, int size) {}

    public record Selection(List<EscalationDetails> rows, long total) {}

    @Inject
    AgroalDataSource dataSource;

    public Optional<EscalationDetails> find(String id) {
        return query("SELECT * FROM escalation_view WHERE escalation_id = ?", List.of(id)).stream()
                .findFirst();
    }

    public static EscalationAccess.Subject subject(EscalationDetails e) {
        return new EscalationAccess.Subject(
                e.id(),
                e.providerOds(),
                e.region(),
                e.raisedByOds(),
                e.raisedToOds(),
                new LinkedHashSet<>(e.recipients()));
    }

    public Selection select(Filter filter, EscalationAccess.Scope scope) {
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        where.add("(raised_by_ods = ? OR ? = ANY(recipients) OR region = ? OR ? = ANY(recipients))");
        parameters.add(scope.org());
        parameters.add(scope.org());
        parameters.add(scope.region());
        parameters.add(scope.nationalOds());
        if (filter.direction() != null) {
            where.add("direction = ?");
            parameters.add(filter.direction());
        }
        if (filter.status() != null) {
            where.add("status = ?");
            parameters.add(filter.status());
        }
        if (filter.overdue() != null) {
            where.add("overdue = ?");
            parameters.add(filter.overdue());
        }
        if (filter.region() != null) {
            where.add("region = ?");
            parameters.add(filter.region());
        }
        String clause = " WHERE " + String.join(" AND ", where);
        long total = count("SELECT count(*) FROM escalation_view" + clause, parameters);
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(filter.size());
        paged.add((long) filter.page() * filter.size());
        return new Selection(
                query(
                        "SELECT * FROM escalation_view" + clause
                                + " ORDER BY raised_at DESC, escalation_id LIMIT ? OFFSET ?",
                        paged),
                total);
    }

    private List<EscalationDetails> query(String sql, List<Object> parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setObject(i + 1, parameters.get(i));
            }
            List<EscalationDetails> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String decision = row.getString("decision");
                    rows.add(new EscalationDetails(
                            row.getString("escalation_id"),
                            row.getString("provider_ods"),
                            row.getString("region"),
                            row.getString("direction"),
                            row.getString("raised_by_ods"),
                            row.getString("raised_to_ods"),
                            Arrays.asList((String[]) row.getArray("recipients").getArray()),
                            row.getString("status"),
                            row.getString("summary"),
                            row.getString("concern_id"),
                            row.getString("summit_id"),
                            decision == null
                                    ? null
                                    : new EscalationDetails.Response(
                                            decision,
                                            row.getString("response_actions"),
                                            row.getString("action_owner_ods")),
                            row.getObject("acknowledge_by", LocalDate.class),
                            row.getObject("respond_by", LocalDate.class),
                            row.getBoolean("overdue"),
                            row.getInt("re_escalations"),
                            row.getTimestamp("raised_at").toInstant(),
                            row.getTimestamp("updated_at").toInstant()));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Escalations could not be read", e);
        }
    }

    private long count(String sql, List<Object> parameters) {
        return Sql.count(dataSource, sql, parameters);
    }
}
