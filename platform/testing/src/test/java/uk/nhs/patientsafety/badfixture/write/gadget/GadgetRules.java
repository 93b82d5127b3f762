package uk.nhs.patientsafety.badfixture.write.gadget;

import uk.nhs.patientsafety.badfixture.write.makegadget.MakeGadgetRequest;

/** Breaks: the aggregate's package imports a capability slice. */
public class GadgetRules {

    public boolean accepts(MakeGadgetRequest request) {
        return request != null;
    }
}
