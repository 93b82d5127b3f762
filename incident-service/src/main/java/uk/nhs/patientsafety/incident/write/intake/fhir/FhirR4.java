package uk.nhs.patientsafety.incident.write.intake.fhir;

import ca.uhn.fhir.context.FhirContext;

/** The one R4 {@link FhirContext}: building it scans every model class, so it is made once and shared. */
final class FhirR4 {

    private static final FhirContext CONTEXT = FhirContext.forR4();

    static FhirContext context() {
        return CONTEXT;
    }

    private FhirR4() {}
}
