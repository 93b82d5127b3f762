package uk.nhs.patientsafety.incident.reference;

import java.util.Set;

/**
 * The incident context's closed vocabularies (DOMAIN §10.7): checked once, where a request becomes a command, so
 * that a value outside them is always a 400 naming the field, never a refusal from deeper in.
 */
public final class Vocabularies {

    /** Investigation levels of SIF 2015. */
    public static final Set<String> LEVELS = Set.of("L1", "L2", "L3");

    /** PSIRF learning responses. */
    public static final Set<String> LEARNING_RESPONSES =
            Set.of("none", "swarm", "aar", "mdt", "psii", "referred_external");

    /** Bodies a PSIRF response may be referred to. */
    public static final Set<String> EXTERNAL_BODIES = Set.of("HSSIB", "MNSI", "RIIT", "CDOP", "LeDeR");

    /** A near miss's risk assessment (DOMAIN §3.1). */
    public static final Set<String> LIKELIHOODS = Set.of("rare", "unlikely", "possible", "likely", "almost_certain");

    public static final Set<String> POTENTIAL_HARMS = Set.of("low", "moderate", "severe", "fatal");

    /**
     * The SIF 2015 categories of serious incident (DOMAIN §3.1): acts or omissions resulting in an unexpected or
     * avoidable death, serious harm, or harm needing further treatment to prevent death or serious harm; abuse
     * without appropriate safeguarding action; a never event; a threat to delivering acceptable care.
     */
    public static final Set<String> SI_CATEGORIES = Set.of(
            "unexpected_or_avoidable_death",
            "serious_harm",
            "harm_needing_further_treatment",
            "abuse_without_safeguarding_action",
            "never_event",
            "threat_to_acceptable_care");

    /** Why an investigation clock may stop. */
    public static final Set<String> CLOCK_STOP_REASONS = Set.of("police", "coroner", "safeguarding", "other");

    private Vocabularies() {}
}
