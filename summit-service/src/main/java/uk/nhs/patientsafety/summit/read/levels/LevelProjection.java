package uk.nhs.patientsafety.summit.read.levels;

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
import uk.nhs.patientsafety.summit.events.LevelEvents.*;

/** Keeps {@code provider_level_view} in step with the event store; a replay rebuilds it. */
@ApplicationScoped
@ProcessingGroup(LevelProjection.GROUP)
public class LevelProjection {

    public static final String GROUP = "summit.levels";

    @Inject
    AgroalDataSource dataSource;

    @ResetHandler
    void reset() {
        Sql.deleteAll(dataSource, "provider_level_view");
    }

    @EventHandler
    void on(EscalationLevelChanged event, @Timestamp Instant at) {
        execute(
                "INSERT INTO provider_level_view (provider_ods, level, previous_level, decision_maker, decided_by_ods,"
                        + " rationale, review_on, review_overdue, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, false, ?)"
                        + " ON CONFLICT (provider_ods) DO UPDATE SET level = EXCLUDED.level,"
                        + " previous_level = EXCLUDED.previous_level, decision_maker = EXCLUDED.decision_maker,"
                        + " decided_by_ods = EXCLUDED.decided_by_ods, rationale = EXCLUDED.rationale,"
                        + " review_on = EXCLUDED.review_on, review_overdue = false, changed_at = EXCLUDED.changed_at",
                event.providerOds(),
                event.toLevel(),
                event.fromLevel(),
                event.decisionMaker(),
                event.decidedByOds(),
                event.rationale(),
                event.reviewOn(),
                at);
    }

    @EventHandler
    void on(LevelReviewOverdue event) {
        execute("UPDATE provider_level_view SET review_overdue = true WHERE provider_ods = ?", event.providerOds());
    }

    private void execute(String sql, Object... parameters) {
        BatchedWrites.current(dataSource).add(sql, parameters);
    }
}
