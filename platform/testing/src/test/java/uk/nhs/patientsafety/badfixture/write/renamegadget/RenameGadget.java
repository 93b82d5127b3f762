package uk.nhs.patientsafety.badfixture.write.renamegadget;

import uk.nhs.patientsafety.badfixture.write.makegadget.MakeGadgetRequest;

/** Breaks: a capability imports another capability. */
public class RenameGadget {

    public String renamed(MakeGadgetRequest made) {
        return made.gadgetId();
    }
}
