package uk.nhs.patientsafety.assurance.read.awareness;

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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads one ICB's awareness feed from {@code awareness_view}. */
@ApplicationScoped
public class AwarenessReadModel {

    /** One item: codes and dates only. {@code flagged}: not acknowledged within one working day. */
    public record Item(
            String id,
            String incidentId,
            String providerOds,
            String icbOds,
            String framework,
            List<String> reasons,
            String neverEventType,
            Instant qualifiedAt,
            java.time.LocalDate dueOn,
            String status,
            String acknowledgedBy,
            Instant acknowledgedAt,
            boolean flagged) {}

    public record Selection(List<Item> items, long total) {}

    @Inject
    AgroalDataSource dataSource;

    public Selection select(
            String icbOds,
            Optional<String> providerOds,
            Optional<Boolean> acknowledged,
            Optional<Boolean> flagged,
            int page,
            int size) {
        List<String> where = new ArrayList<>(List.of("icb_ods = ?"));
        List<Object> parameters = new ArrayList<>(List.of(icbOds));
        providerOds.ifPresent(ods -> {
            where.add("provider_ods = ?");
            parameters.add(ods);
        });
        acknowledged.ifPresent(ack -> where.add(ack ? "acknowledged_by IS NOT NULL" : "acknowledged_by IS NULL"));
        flagged.ifPresent(flag -> {
            where.add("unacknowledged_past_due = ?");
            parameters.add(flag);
        });
        String clause = " WHERE " + String.join(" AND ", where);
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(size);
        paged.add((long) page * size);
        List<Item> items = query(
                "SELECT * FROM awareness_view" + clause
                        + " ORDER BY (acknowledged_by IS NULL) DESC, qualified_at DESC, item_id LIMIT ? OFFSET ?",
                paged);
        long total;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM awareness_view" + clause)) {
            for (int i = 0; i < parameters.size(); i++) {
                count.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet row = count.executeQuery()) {
                row.next();
                total = row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The awareness feed could not be counted", e);
        }
        return new Selection(items, total);
    }

    private List<Item> query(String sql, List<Object> parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setObject(i + 1, parameters.get(i));
            }
            List<Item> items = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String acknowledgedBy = row.getString("acknowledged_by");
                    items.add(new Item(
                            row.getString("item_id"),
                            row.getString("incident_id"),
                            row.getString("provider_ods"),
                            row.getString("icb_ods"),
                            row.getString("framework"),
                            Arrays.asList((String[]) row.getArray("reasons").getArray()),
                            row.getString("never_event_type"),
                            instant(row.getTimestamp("qualified_at")),
                            row.getObject("due_on", java.time.LocalDate.class),
                            acknowledgedBy == null ? "unacknowledged" : "acknowledged",
                            acknowledgedBy,
                            instant(row.getTimestamp("acknowledged_at")),
                            row.getBoolean("unacknowledged_past_due") && acknowledgedBy == null));
                }
            }
            return items;
        } catch (SQLException e) {
            throw new IllegalStateException("The awareness feed could not be read", e);
        }
    }

    private static Instant instant(Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}
