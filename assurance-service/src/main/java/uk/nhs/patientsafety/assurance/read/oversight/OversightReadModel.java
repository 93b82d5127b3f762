package uk.nhs.patientsafety.assurance.read.oversight;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/**
 * A provider's exceptions for dashboards (G6): counted from the case, safety action and awareness views and the
 * candour signals this service keeps. It reads those tables and owns only {@code candour_overdue}.
 */
@ApplicationScoped
public class OversightReadModel {

    /** {@code awarenessUnacknowledged} counts the asking ICB's feed, or every ICB's for others. */
    public record Summary(
            String providerOds,
            long casesInReview,
            long casesOverdue,
            long actionsOpen,
            long actionsOverdue,
            long awarenessUnacknowledged,
            long awarenessFlagged,
            long candourOverdue) {}

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    /** A Duty of Candour step of {@code candourCaseId} is overdue (once per case and step, however often told). */
    public void candourOverdue(
            String candourCaseId, String step, String incidentId, String providerOds, Instant dueAt) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO candour_overdue (candour_case_id, step, incident_id, provider_ods, due_at)"
                                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, candourCaseId);
            insert.setString(2, step);
            insert.setString(3, incidentId);
            insert.setString(4, providerOds);
            insert.setTimestamp(5, Timestamp.from(dueAt));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("A candour signal could not be recorded", e);
        }
    }

    public Summary summary(String providerOds, String icbOds) {
        Timestamp now = Timestamp.from(clock.instant());
        String sql = "SELECT"
                + " (SELECT count(*) FROM assurance_case_view WHERE provider_ods = ?"
                + "    AND status IN ('opened', 'in_review', 'closure_refused', 'escalated')),"
                + " (SELECT count(*) FROM assurance_case_view WHERE provider_ods = ?"
                + "    AND review_state IN ('open', 'breached') AND review_due_at < ?),"
                + " (SELECT count(*) FROM safety_action_view WHERE provider_ods = ? AND status <> 'verified'),"
                + " (SELECT count(*) FROM safety_action_view WHERE provider_ods = ? AND overdue),"
                + " (SELECT count(*) FROM awareness_view WHERE provider_ods = ? AND acknowledged_by IS NULL"
                + "    AND (?::text IS NULL OR icb_ods = ?)),"
                + " (SELECT count(*) FROM awareness_view WHERE provider_ods = ? AND acknowledged_by IS NULL"
                + "    AND unacknowledged_past_due AND (?::text IS NULL OR icb_ods = ?)),"
                + " (SELECT count(DISTINCT candour_case_id) FROM candour_overdue WHERE provider_ods = ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            Object[] parameters = {
                providerOds,
                providerOds,
                now,
                providerOds,
                providerOds,
                providerOds,
                icbOds,
                icbOds,
                providerOds,
                icbOds,
                icbOds,
                providerOds
            };
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new Summary(
                        providerOds,
                        row.getLong(1),
                        row.getLong(2),
                        row.getLong(3),
                        row.getLong(4),
                        row.getLong(5),
                        row.getLong(6),
                        row.getLong(7));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The oversight summary could not be read", e);
        }
    }
}
