package uk.nhs.patientsafety.candour.events;

/** What every candour event carries: the case, and the incident, provider and patient it is for. */
public record CaseKey(String caseId, String incidentId, String providerOds, String patientRef) {}
