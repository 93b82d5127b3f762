package uk.nhs.patientsafety.badfixture.write.makegadget;

import uk.nhs.patientsafety.badfixture.read.gadgets.GadgetRow;

/** Breaks: a write slice imports a read slice. */
public class MakeGadgetHandler {

    public GadgetRow preview(MakeGadgetRequest request) {
        return new GadgetRow(request.gadgetId());
    }
}
