package uk.nhs.patientsafety.incident.reference;

import java.util.Arrays;
import java.util.Optional;

/**
 * The SIF 2015 deadlines (DOMAIN §3.2). The lengths of those the policy sets live in {@link DeadlinePolicy}, not
 * here; an agreed deadline's date is agreed by the parties (a stopped clock's review date).
 */
public enum DeadlineType {
    /** Report the Serious Incident on StEIS. */
    STEIS_2WD("steis_2wd", true),
    /** The initial review, the "72-hour report". */
    INITIAL_REVIEW_3WD("initial_review_3wd", true),
    /** Final report of a level 1 or 2 internal investigation. */
    REPORT_60WD("report_60wd", true),
    /** Final report of a level 3 independent investigation, counted from commissioning. */
    INDEPENDENT_6M("independent_6m", true),
    /** The review of a stopped clock, on the date the lead commissioner agreed. */
    CLOCK_STOP_REVIEW("clock_stop_review", false);

    private final String code;
    private final boolean fromPolicy;

    DeadlineType(String code, boolean fromPolicy) {
        this.code = code;
        this.fromPolicy = fromPolicy;
    }

    /** Whether the policy gives this deadline's length; if not, its date is agreed. */
    public boolean fromPolicy() {
        return fromPolicy;
    }

    /** The name used in configuration and on the wire. */
    public String code() {
        return code;
    }

    public static Optional<DeadlineType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
