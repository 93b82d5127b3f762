package uk.nhs.patientsafety.incident.events;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a provider reported (LFPSE record types, DOMAIN §10.4): an incident, an outcome, a risk or good care. */
public enum Kind {
    INCIDENT,
    OUTCOME,
    RISK,
    GOOD_CARE;

    /** The name in events and on the wire: {@code incident}, {@code outcome}, {@code risk}, {@code good_care}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Kind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Kind::code).toList();
    }

    /** "incident, outcome, risk or good_care", for messages. */
    public static String described() {
        List<String> codes = codes();
        return String.join(", ", codes.subList(0, codes.size() - 1)) + " or " + codes.get(codes.size() - 1);
    }
}
