package uk.nhs.patientsafety.assurance.events;

/** An awareness item: one incident of a provider, listed for one ICB that commissions it. */
public record AwarenessKey(String itemId, String incidentId, String providerOds, String icbOds, String framework) {}
