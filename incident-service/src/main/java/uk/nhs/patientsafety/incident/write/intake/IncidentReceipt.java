package uk.nhs.patientsafety.incident.write.intake;

import java.util.List;
import uk.nhs.patientsafety.incident.write.incident.CommandResult;

/**
 * The answer to a report: the incident as it now stands, with the pseudonymous references given to its patients
 * (in the order they were sent) so that the provider can regrade their harm later.
 */
public record IncidentReceipt(
        String id,
        String providerOds,
        String providerReference,
        int revision,
        String framework,
        String kind,
        String status,
        List<String> patientRefs,
        List<String> allowedActions,
        List<CommandResult.Deadline> deadlines) {}
