package uk.nhs.patientsafety.assurance.access;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import uk.nhs.patientsafety.eventsourcing.readmodel.Sql;

/**
 * Which provider's incident each case assures, in table {@code case_owner}: written in the same transaction as the
 * case's first event (by the inbound listener), so an authorisation is never behind the event store.
 */
@ApplicationScoped
public class CaseOwners {

    @Inject
    AgroalDataSource dataSource;

    public void record(String caseId, String incidentId, String providerOds) {
        Sql.update(
                dataSource,
                "INSERT INTO case_owner (case_id, incident_id, provider_ods) VALUES (?, ?, ?)"
                        + " ON CONFLICT (case_id) DO NOTHING",
                List.of(caseId, incidentId, providerOds));
    }

    public Optional<String> providerOf(String caseId) {
        return Sql.firstText(dataSource, "SELECT provider_ods FROM case_owner WHERE case_id = ?", List.of(caseId));
    }
}
