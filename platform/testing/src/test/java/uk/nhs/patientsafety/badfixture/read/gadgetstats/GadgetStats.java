package uk.nhs.patientsafety.badfixture.read.gadgetstats;

import uk.nhs.patientsafety.badfixture.read.gadgets.GadgetRow;

/** Breaks: one read slice imports another. */
public class GadgetStats {

    public int count(GadgetRow row) {
        return 1;
    }
}
