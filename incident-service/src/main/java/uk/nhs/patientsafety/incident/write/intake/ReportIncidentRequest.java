package uk.nhs.patientsafety.incident.write.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a provider system sends to report a patient safety event: the JSON body of {@code POST /incidents}, and what
 * an LFPSE-shaped FHIR {@code AdverseEvent} is mapped to. Nothing is checked here; {@link ReportValidator} names
 * every invalid field at once. Codes are LFPSE taxonomy v5 codes (DOMAIN §10.4–10.6).
 *
 * @param providerOds the reporting provider's ODS code; must be the caller's own organisation
 * @param providerReference the provider system's own reference (LFPSE "local reference number")
 * @param revision the provider's revision of this record; a newer revision updates it
 * @param kind {@code incident | outcome | risk | good_care}
 * @param occurredOn the date the event happened
 * @param identifiedAt when the provider identified it (T0 of SIF clocks); not before {@code occurredOn}
 * @param description what happened (free text: never published)
 * @param immediateActions what was done straight away (optional)
 * @param nearMiss the incident was prevented from reaching the patient
 * @param neverEventType Never Events list code 1–15, if one
 * @param patients the patients involved, each with their own harm (up to 100)
 * @param outcomeType for an outcome event: the LFPSE outcome type code
 * @param risk for a risk event: its theme and imminence
 * @param goodCare for a good-care event: what went well
 * @param involvedOrganisations other organisations involved in a cross-organisation incident (ODS codes)
 * @param coordinatingOrganisation the organisation coordinating the response, if several are involved
 * @param revisionReason why a revision lowers harm or removes a never-event code once the incident is a serious
 *     incident or a PSII (required then; free text, shown only in the full view)
 * @param nationalRequirement under PSIRF, the nationally defined kind of incident that decides its response (DOMAIN
 *     §3.5): {@code learning_from_deaths}, {@code mha_mca_death}, {@code maternity_neonatal},
 *     {@code mental_health_homicide}, {@code child_death} (versioned: {@code reference/national-responses.json})
 */
public record ReportIncidentRequest(
        String providerOds,
        String providerReference,
        Integer revision,
        String kind,
        LocalDate occurredOn,
        Instant identifiedAt,
        String description,
        String immediateActions,
        Boolean nearMiss,
        String neverEventType,
        List<Patient> patients,
        String outcomeType,
        Risk risk,
        String goodCare,
        List<String> involvedOrganisations,
        String coordinatingOrganisation,
        String revisionReason,
        String nationalRequirement) {

    /**
     * One patient. Identifiers are optional (LFPSE carries none) and never leave the service in clear.
     *
     * @param nhsNumber 10 digits, Modulus 11 valid; spaces allowed as in {@code 943 476 5919}
     * @param name the patient's name, if given
     * @param dateOfBirth not in the future
     * @param physicalHarm LFPSE OT001 code: 1 fatal … 5 no physical harm
     * @param psychologicalHarm LFPSE OT002 code: 1 severe … 4 no psychological harm
     */
    public record Patient(
            String nhsNumber, String name, LocalDate dateOfBirth, String physicalHarm, String psychologicalHarm) {}

    /**
     * @param theme LFPSE risk theme code
     * @param imminent is death or severe harm imminent: {@code yes | no | unknown} (mandatory for risks)
     */
    public record Risk(String theme, String imminent) {}
}
