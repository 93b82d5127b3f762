package uk.nhs.patientsafety.badfixture.automation.first;

import uk.nhs.patientsafety.badfixture.automation.second.WhenGadgetMadeThenSecond;

/** Breaks: one policy imports another. */
public class WhenGadgetMadeThenFirst {

    public void on(WhenGadgetMadeThenSecond other) {}
}
