package uk.nhs.patientsafety.incident.reference;

import java.util.List;
import java.util.Optional;
import uk.nhs.patientsafety.incident.events.IncidentEvents.PatientRecord;

/**
 * LFPSE harm codes (DOMAIN §10.4): OT001 physical harm 1 fatal … 5 no physical harm, OT002 psychological harm 1 severe
 * … 4 no psychological harm. Fixed by the taxonomy, so they are code rather than a data file.
 */
public final class HarmCodes {

    /** Least to most severe, so enum order compares severity. */
    public enum Harm {
        NONE("none"),
        LOW("low"),
        MODERATE("moderate"),
        SEVERE("severe"),
        FATAL("fatal");

        private final String code;

        Harm(String code) {
            this.code = code;
        }

        /** The wire name. */
        public String code() {
            return code;
        }
    }

    /** One patient's harm codes as reported; either may be absent. */
    public record PatientHarm(String physical, String psychological) {}

    // Indexed by OT001 code; OT002 code n grades as OT001 code n + 1.
    private static final List<Harm> BY_PHYSICAL_CODE =
            List.of(Harm.FATAL, Harm.SEVERE, Harm.MODERATE, Harm.LOW, Harm.NONE);

    private HarmCodes() {}

    public static boolean isPhysical(String code) {
        return physicalCode(code) > 0;
    }

    public static boolean isPsychological(String code) {
        return psychologicalCode(code) > 0;
    }

    public static Harm physical(String code) {
        int value = physicalCode(code);
        if (value < 0) {
            throw new IllegalArgumentException("not an OT001 physical harm code (1 to 5): " + code);
        }
        return BY_PHYSICAL_CODE.get(value - 1);
    }

    public static Harm psychological(String code) {
        int value = psychologicalCode(code);
        if (value < 0) {
            throw new IllegalArgumentException("not an OT002 psychological harm code (1 to 4): " + code);
        }
        return BY_PHYSICAL_CODE.get(value);
    }

    /**
     * The worst harm over all patients, as NHS England grades it: {@code min(OT001, OT002 + 1)} per patient, so
     * severe psychological harm counts as severe and only physical harm can be fatal. Empty when no code is given.
     */
    public static Optional<Harm> worst(List<PatientHarm> patients) {
        Harm worst = null;
        for (PatientHarm patient : patients) {
            if (patient.physical() != null) {
                worst = worse(worst, physical(patient.physical()));
            }
            if (patient.psychological() != null) {
                worst = worse(worst, psychological(patient.psychological()));
            }
        }
        return Optional.ofNullable(worst);
    }

    /** {@link #worst} over an incident's patients, as its wire name; null when no patient has a harm code. */
    public static String worstOf(List<PatientRecord> patients) {
        return worst(patients.stream()
                        .map(p -> new PatientHarm(p.physicalHarm(), p.psychologicalHarm()))
                        .toList())
                .map(Harm::code)
                .orElse(null);
    }

    private static Harm worse(Harm current, Harm candidate) {
        return current == null || candidate.compareTo(current) > 0 ? candidate : current;
    }

    private static int physicalCode(String code) {
        return codeIn(code, 5);
    }

    private static int psychologicalCode(String code) {
        return codeIn(code, 4);
    }

    /** The code as 1..max, or -1; only the bare digits are codes, so "05" and " 1" are not. */
    private static int codeIn(String code, int max) {
        if (code == null || code.length() != 1 || code.charAt(0) < '1' || code.charAt(0) > '0' + max) {
            return -1;
        }
        return code.charAt(0) - '0';
    }
}
