package uk.nhs.patientsafety.badfixture.shared;

import uk.nhs.patientsafety.contracts.Topics;

/** Breaks: shared imports the published contracts. */
public final class GadgetTopics {

    private GadgetTopics() {}

    public static String deadLetter() {
        return Topics.deadLetter("badfixture.events.v1");
    }
}
