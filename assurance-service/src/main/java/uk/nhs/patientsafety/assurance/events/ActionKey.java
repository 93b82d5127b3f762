package uk.nhs.patientsafety.assurance.events;

/**
 * What every safety action event names: the action, its plan, the incident whose response it is, the provider, the
 * incident's framework, and the provider's lead commissioner when the action was proposed (who verifies it).
 */
public record ActionKey(
        String actionId,
        String planId,
        String incidentId,
        String providerOds,
        String framework,
        String commissionerOds) {}
