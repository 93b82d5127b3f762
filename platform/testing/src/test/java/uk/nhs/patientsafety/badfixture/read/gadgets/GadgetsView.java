package uk.nhs.patientsafety.badfixture.read.gadgets;

import uk.nhs.patientsafety.badfixture.write.gadget.Gadget;

/** Breaks: a read slice imports a write slice. */
public class GadgetsView {

    public String of(Gadget gadget) {
        return String.valueOf(gadget);
    }
}
