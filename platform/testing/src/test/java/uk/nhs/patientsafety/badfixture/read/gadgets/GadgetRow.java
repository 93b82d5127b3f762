package uk.nhs.patientsafety.badfixture.read.gadgets;

/** A read model row. */
public record GadgetRow(String gadgetId) {}
