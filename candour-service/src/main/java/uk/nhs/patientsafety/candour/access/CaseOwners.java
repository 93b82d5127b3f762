package uk.nhs.patientsafety.candour.access;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import uk.nhs.patientsafety.eventsourcing.readmodel.Sql;

/**
 * Which provider a case belongs to ({@code candour_case_owner}): written by the inbound listener in the same
 * transaction as the case's first event, so an action is authorised even before the read model has caught up.
 */
@ApplicationScoped
public class CaseOwners {

    @Inject
    AgroalDataSource dataSource;

    public void register(String caseId, String incidentId, String providerOds) {
        Sql.update(
                dataSource,
                "INSERT INTO candour_case_owner (case_id, incident_id, provider_ods) VALUES (?, ?, ?)"
                        + " ON CONFLICT (case_id) DO NOTHING",
                List.of(caseId, incidentId, providerOds));
    }

    /** The cases of an incident, one per patient. */
    public List<String> casesOf(String incidentId) {
        return Sql.rows(
                        dataSource,
                        "SELECT case_id FROM candour_case_owner WHERE incident_id = ? ORDER BY case_id",
                        List.of(incidentId))
                .stream()
                .map(row -> row.text("case_id"))
                .toList();
    }

    public Optional<String> providerOf(String caseId) {
        return Sql.firstText(
                dataSource, "SELECT provider_ods FROM candour_case_owner WHERE case_id = ?", List.of(caseId));
    }
}
