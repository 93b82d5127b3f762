package uk.nhs.patientsafety.badfixture.automation.second;

/** A second policy. */
public class WhenGadgetMadeThenSecond {}
