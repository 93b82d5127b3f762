package uk.nhs.patientsafety.candour.read.documents;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import uk.nhs.patientsafety.candour.events.LetterText;
import uk.nhs.patientsafety.eventsourcing.patients.PatientVault;

/** Reads a case's documents (all the SQL of {@code candour_document}) and opens them from the vault. */
@ApplicationScoped
public class DocumentReadModel {

    /** A stored document, still sealed. */
    public record Stored(
            String documentId,
            String caseId,
            String providerOds,
            String kind,
            Integer version,
            String contentType,
            String personRef,
            String sealed,
            LocalDate sentOn) {}

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PatientVault vault;

    public Optional<Stored> find(String caseId, String documentId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT document_id, case_id, provider_ods, kind, version, content_type, person_ref, sealed,"
                                + " sent_on FROM candour_document WHERE case_id = ? AND document_id = ?")) {
            query.setString(1, caseId);
            query.setString(2, documentId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                java.sql.Date sent = row.getDate(9);
                return Optional.of(new Stored(
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        (Integer) row.getObject(5),
                        row.getString(6),
                        row.getString(7),
                        row.getString(8),
                        sent == null ? null : sent.toLocalDate()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Candour documents could not be read", e);
        }
    }

    /** The document's content (a draft's text, or a copy's base64), or empty once the relevant person was erased. */
    public Optional<String> open(Stored document) {
        return vault.open(document.personRef(), document.sealed(), LetterText.class)
                .map(LetterText::text);
    }
}
