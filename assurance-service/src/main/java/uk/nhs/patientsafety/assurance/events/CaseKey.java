package uk.nhs.patientsafety.assurance.events;

/**
 * What every assurance case event names: the case, the incident it assures, the provider that reported it, the
 * provider's lead commissioner when the case was opened (who assures it), and the incident's framework.
 */
public record CaseKey(String caseId, String incidentId, String providerOds, String commissionerOds, String framework) {}
