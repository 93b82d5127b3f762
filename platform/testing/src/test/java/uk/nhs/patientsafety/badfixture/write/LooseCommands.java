package uk.nhs.patientsafety.badfixture.write;

/** Breaks: the layout (a class directly in write, outside any slice). */
public final class LooseCommands {

    private LooseCommands() {}
}
