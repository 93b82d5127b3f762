package uk.nhs.patientsafety.incident.access;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import uk.nhs.patientsafety.web.Caller;

/** Records every read of an incident by someone outside the reporting provider (DOMAIN §9). */
@ApplicationScoped
public class AccessAudit {

    /** One incident read: which, whose, in which view. */
    public record Read(String incidentId, String providerOds, IncidentAccess.View view) {}

    @Inject
    AgroalDataSource dataSource;

    /** Audits the cross-organisation ones among {@code reads}; the provider reading its own is not audited. */
    public void record(Caller caller, String purpose, List<Read> reads) {
        List<Read> crossOrganisation = reads.stream()
                .filter(read -> !read.providerOds().equals(caller.org()))
                .toList();
        if (crossOrganisation.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO access_audit (subject, org, org_type, incident_id, provider_ods, view, purpose)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Read read : crossOrganisation) {
                insert.setString(1, caller.subject());
                insert.setString(2, caller.org());
                insert.setString(3, caller.orgType());
                insert.setString(4, read.incidentId());
                insert.setString(5, read.providerOds());
                insert.setString(6, read.view().name().toLowerCase());
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
