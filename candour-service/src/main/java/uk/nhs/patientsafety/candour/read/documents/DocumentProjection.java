package uk.nhs.patientsafety.candour.read.documents;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import uk.nhs.patientsafety.candour.events.CandourEvents.WrittenNotificationDrafted;
import uk.nhs.patientsafety.candour.events.CandourEvents.WrittenNotificationSent;
import uk.nhs.patientsafety.eventsourcing.projection.BatchedWrites;

/**
 * Keeps {@code candour_document}: every draft of a case's written notification and every kept copy, still sealed
 * under the case's vault key (they are opened only to be shown to the provider).
 */
@ApplicationScoped
@ProcessingGroup(DocumentProjection.GROUP)
public class DocumentProjection {

    public static final String GROUP = "candour.documents";

    @Inject
    AgroalDataSource dataSource;

    @ResetHandler
    void reset() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM candour_document")) {
            delete.executeUpdate();
        }
    }

    @EventHandler
    void on(WrittenNotificationDrafted event, @Timestamp Instant at) {
        execute(
                "INSERT INTO candour_document (document_id, case_id, provider_ods, kind, version, edited, content_type,"
                        + " person_ref, sealed, size, created_at) VALUES (?, ?, ?, 'draft', ?, ?, 'text/plain', ?, ?, ?, ?)",
                event.documentId(),
                event.key().caseId(),
                event.key().providerOds(),
                event.version(),
                event.edited(),
                event.personRef(),
                event.sealedText(),
                event.chars(),
                at);
    }

    @EventHandler
    void on(WrittenNotificationSent event, @Timestamp Instant at) {
        execute("UPDATE candour_document SET sent_on = ? WHERE document_id = ?", event.sentOn(), event.documentId());
        if (event.copyId() != null) {
            execute(
                    "INSERT INTO candour_document (document_id, case_id, provider_ods, kind, content_type, person_ref,"
                            + " sealed, size, sent_on, created_at)"
                            + " SELECT ?, case_id, provider_ods, 'copy', ?, person_ref, ?, ?, ?, ? FROM candour_document"
                            + " WHERE document_id = ?",
                    event.copyId(),
                    event.copyContentType(),
                    event.sealedCopy(),
                    event.copyBytes(),
                    event.sentOn(),
                    at,
                    event.documentId());
        }
    }

    private void execute(String sql, Object... parameters) {
        BatchedWrites.current(dataSource).add(sql, parameters);
    }
}
