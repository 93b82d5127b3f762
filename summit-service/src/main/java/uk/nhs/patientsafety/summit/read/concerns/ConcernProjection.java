package uk.nhs.patientsafety.summit.read.concerns;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import uk.nhs.patientsafety.eventsourcing.projection.BatchedWrites;
import uk.nhs.patientsafety.eventsourcing.readmodel.Sql;
import uk.nhs.patientsafety.summit.events.ConcernEvents.*;
import uk.nhs.patientsafety.summit.events.ConcernStatus;

/**
 * Keeps {@code concern_view}, one row per quality concern, in step with the event store. Every write depends only on
 * the events, so a replay rebuilds the table exactly.
 */
@ApplicationScoped
@ProcessingGroup(ConcernProjection.GROUP)
public class ConcernProjection {

    public static final String GROUP = "summit.concerns";

    @Inject
    AgroalDataSource dataSource;

    @ResetHandler
    void reset() {
        Sql.deleteAll(dataSource, "concern_view");
    }

    @EventHandler
    void on(QualityConcernRaised event, @Timestamp Instant at) {
        execute(
                "INSERT INTO concern_view (concern_id, provider_ods, service, source, raised_by_ods, description,"
                        + " linked_incidents, rule, status, raised_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, string_to_array(?, ','), ?, ?, ?, ?)",
                event.concernId(),
                event.providerOds(),
                event.service(),
                event.source(),
                event.raisedByOds(),
                event.description(),
                event.linkedIncidents() == null ? "" : String.join(",", event.linkedIncidents()),
                event.rule(),
                status(event),
                event.raisedAt(),
                at);
    }

    @EventHandler
    void on(QualityConcernScreened event, @Timestamp Instant at) {
        execute(
                "UPDATE concern_view SET status = ?, outcome = ?, reason = ?, review_on = ?, updated_at = ?"
                        + " WHERE concern_id = ?",
                status(event),
                event.outcome(),
                event.reason(),
                event.reviewOn(),
                at,
                event.concernId());
    }

    @EventHandler
    void on(ConcernReviewScheduled event, @Timestamp Instant at) {
        execute(
                "UPDATE concern_view SET review_due_at = ?, review_overdue = false, updated_at = ? WHERE concern_id = ?",
                event.dueAt(),
                at,
                event.concernId());
    }

    @EventHandler
    void on(ConcernReviewOverdue event, @Timestamp Instant at) {
        execute(
                "UPDATE concern_view SET review_overdue = true, updated_at = ? WHERE concern_id = ?",
                at,
                event.concernId());
    }

    @EventHandler
    void on(ConcernReviewEnded event, @Timestamp Instant at) {
        execute(
                "UPDATE concern_view SET review_on = NULL, review_due_at = NULL, review_overdue = false,"
                        + " updated_at = ? WHERE concern_id = ?",
                at,
                event.concernId());
    }

    @EventHandler
    void on(ConcernSummitRequested event, @Timestamp Instant at) {
        execute(
                "UPDATE concern_view SET status = ?, summit_id = ?, updated_at = ? WHERE concern_id = ?",
                status(event),
                event.summitId(),
                at,
                event.concernId());
    }

    @EventHandler
    void on(QualityConcernClosed event, @Timestamp Instant at) {
        execute(
                "UPDATE concern_view SET status = ?, reason = COALESCE(?, reason), updated_at = ? WHERE concern_id = ?",
                status(event),
                event.reason(),
                at,
                event.concernId());
    }

    private static String status(ConcernEvent event) {
        return ConcernStatus.after(event).orElseThrow().code();
    }

    private void execute(String sql, Object... parameters) {
        BatchedWrites.current(dataSource).add(sql, parameters);
    }
}
