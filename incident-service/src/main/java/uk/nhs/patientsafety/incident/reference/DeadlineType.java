package uk.nhs.patientsafety.incident.reference;

import java.util.Arrays;
import java.util.Optional;

/** The SIF 2015 deadlines (DOMAIN §3.2). Their lengths live in {@link DeadlinePolicy}, not here. */
public enum DeadlineType {
    /** Report the Serious Incident on StEIS. */
    STEIS_2WD("steis_2wd"),
    /** The initial review, the "72-hour report". */
    INITIAL_REVIEW_3WD("initial_review_3wd"),
    /** Final report of a level 1 or 2 internal investigation. */
    REPORT_60WD("report_60wd"),
    /** Final report of a level 3 independent investigation, counted from commissioning. */
    INDEPENDENT_6M("independent_6m");

    private final String code;

    DeadlineType(String code) {
        this.code = code;
    }

    /** The name used in configuration and on the wire. */
    public String code() {
        return code;
    }

    public static Optional<DeadlineType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
