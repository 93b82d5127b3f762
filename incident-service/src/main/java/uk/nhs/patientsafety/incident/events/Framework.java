package uk.nhs.patientsafety.incident.events;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The national framework an incident is handled under, fixed when it is reported (DOMAIN §8). */
public enum Framework {
    SIF2015,
    PSIRF2022;

    /** The name in events, reference data and queries: {@code SIF2015}, {@code PSIRF2022}. */
    public String code() {
        return name();
    }

    public static Optional<Framework> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Framework::code).toList();
    }
}
