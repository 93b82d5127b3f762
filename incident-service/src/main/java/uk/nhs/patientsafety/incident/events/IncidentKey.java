package uk.nhs.patientsafety.incident.events;

/** What every incident event carries: the incident, the reporting provider and the framework fixed at creation. */
public record IncidentKey(String incidentId, String providerOds, String framework) {}
