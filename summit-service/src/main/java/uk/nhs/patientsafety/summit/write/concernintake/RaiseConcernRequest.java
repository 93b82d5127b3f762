package uk.nhs.patientsafety.summit.write.concernintake;

import java.util.List;

/**
 * The body of {@code POST /concerns}. {@code description} is free text: kept in this service, never published.
 * {@code linkedIncidents} are incident ids from incident-service.
 */
public record RaiseConcernRequest(
        String providerOds, String service, String source, String description, List<String> linkedIncidents) {}
