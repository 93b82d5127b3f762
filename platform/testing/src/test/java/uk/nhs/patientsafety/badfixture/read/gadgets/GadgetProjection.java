package uk.nhs.patientsafety.badfixture.read.gadgets;

import uk.nhs.patientsafety.contracts.ContractEvent;

/** Breaks: a read slice imports the published contracts. */
public class GadgetProjection {

    public String on(ContractEvent event) {
        return event.type();
    }
}
