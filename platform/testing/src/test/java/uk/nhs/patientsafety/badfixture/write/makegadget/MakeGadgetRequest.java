package uk.nhs.patientsafety.badfixture.write.makegadget;

/** A capability's request record. */
public record MakeGadgetRequest(String gadgetId) {}
