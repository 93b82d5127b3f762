package uk.nhs.patientsafety.incident.events;

import java.time.LocalDate;

/** Who a patient is. Held only sealed under the patient's own data key; never logged, never published. */
public record PatientIdentity(String nhsNumber, String name, LocalDate dateOfBirth) {

    @Override
    public String toString() {
        return "PatientIdentity[redacted]";
    }
}
