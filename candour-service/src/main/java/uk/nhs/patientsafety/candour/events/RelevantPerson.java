package uk.nhs.patientsafety.candour.events;

/**
 * Who the relevant person is and how to reach them. Held only sealed under their own data key; never logged, never
 * published, never shown outside the provider.
 */
public record RelevantPerson(String name, String relationship, String telephone, String email, String address) {

    @Override
    public String toString() {
        return "RelevantPerson[redacted]";
    }
}
