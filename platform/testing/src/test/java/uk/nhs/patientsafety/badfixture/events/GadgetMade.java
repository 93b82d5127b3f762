package uk.nhs.patientsafety.badfixture.events;

import uk.nhs.patientsafety.badfixture.read.gadgets.GadgetRow;

/** Breaks: events depend on no slice (this one carries a read-model row). */
public record GadgetMade(String gadgetId, GadgetRow row) {}
