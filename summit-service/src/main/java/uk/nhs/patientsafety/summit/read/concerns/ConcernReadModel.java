package uk.nhs.patientsafety.summit.read.concerns;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.nhs.patientsafety.eventsourcing.readmodel.Sql;
import uk.nhs.patientsafety.summit.access.ConcernAccess;

/** Reads {@code concern_view}: every SQL statement of the concerns view. */
@ApplicationScoped
public class ConcernReadModel {

    /** Filters of a list; null means any. */
    public record Filter(String providerOds, String source, String status, int page, int size) {}

    public record Selection(List<ConcernDetails> rows, long total) {}

    @Inject
    AgroalDataSource dataSource;

    public Optional<ConcernDetails> find(String concernId) {
        return query("SELECT * FROM concern_view WHERE concern_id = ?", List.of(concernId)).stream()
                .findFirst();
    }

    public Selection select(Filter filter, ConcernAccess.Scope scope) {
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        where.add("(raised_by_ods = ? OR provider_ods = ANY(?))");
        parameters.add(scope.raisedBy() == null ? "" : scope.raisedBy());
        parameters.add(List.copyOf(scope.providers()));
        if (filter.providerOds() != null) {
            where.add("provider_ods = ?");
            parameters.add(filter.providerOds());
        }
        if (filter.source() != null) {
            where.add("source = ?");
            parameters.add(filter.source());
        }
        if (filter.status() != null) {
            where.add("status = ?");
            parameters.add(filter.status());
        }
        String clause = " WHERE " + String.join(" AND ", where);
        long total = count("SELECT count(*) FROM concern_view" + clause, parameters);
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(filter.size());
        paged.add((long) filter.page() * filter.size());
        return new Selection(
                query(
                        "SELECT * FROM concern_view" + clause + " ORDER BY raised_at DESC, concern_id LIMIT ? OFFSET ?",
                        paged),
                total);
    }

    private List<ConcernDetails> query(String sql, List<Object> parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            Sql.bind(connection, query, parameters);
            List<ConcernDetails> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new ConcernDetails(
                            row.getString("concern_id"),
                            row.getString("provider_ods"),
                            row.getString("service"),
                            row.getString("source"),
                            row.getString("raised_by_ods"),
                            row.getString("description"),
                            Arrays.asList(
                                    (String[]) row.getArray("linked_incidents").getArray()),
                            row.getString("rule"),
                            row.getString("status"),
                            row.getString("outcome"),
                            row.getString("reason"),
                            row.getObject("review_on", java.time.LocalDate.class),
                            row.getBoolean("review_overdue"),
                            row.getString("summit_id"),
                            row.getTimestamp("raised_at").toInstant(),
                            row.getTimestamp("updated_at").toInstant()));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Concerns could not be read", e);
        }
    }

    private long count(String sql, List<Object> parameters) {
        return Sql.count(dataSource, sql, parameters);
    }
}
