package uk.nhs.patientsafety.badfixture.clocks;

/** Breaks: the layout (a package the template does not have: national rules belong in platform/). */
public class GadgetCalendar {}
