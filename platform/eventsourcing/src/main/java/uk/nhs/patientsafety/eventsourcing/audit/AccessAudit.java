package uk.nhs.patientsafety.eventsourcing.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import uk.nhs.patientsafety.web.Caller;

/**
 * Records every read of a record by someone outside the organisation that owns it (DOMAIN §9), in table
 * {@code access_audit}: who, from which organisation, what, whose, in which view, for what purpose. The owner
 * reading its own is not audited. If the audit cannot be written the read fails: no audit, no data.
 */
@ApplicationScoped
public class AccessAudit {

    /** One read: which record, the organisation that owns it, the view shown (e.g. {@code full}, {@code pseudonymised}). */
    public record Read(String recordId, String ownerOds, String view) {}

    @Inject
    AgroalDataSource dataSource;

    /** Audits the cross-organisation ones among {@code reads}; the provider reading its own is not audited. */
    public void record(Caller caller, String purpose, List<Read> reads) {
        List<Read> crossOrganisation = reads.stream()
                .filter(read -> !read.ownerOds().equals(caller.org()))
                .toList();
        if (crossOrganisation.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO access_audit (subject, org, org_type, record_id, owner_ods, view, purpose)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Read read : crossOrganisation) {
                insert.setString(1, caller.subject());
                insert.setString(2, caller.org());
                insert.setString(3, caller.orgType());
                insert.setString(4, read.recordId());
                insert.setString(5, read.ownerOds());
                insert.setString(6, read.view());
                insert.setString(7, purpose);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            // No audit, no read: the caller gets an error rather than unaudited data.
            throw new IllegalStateException("The access audit could not be written", e);
        }
    }
}
