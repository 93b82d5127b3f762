package uk.nhs.patientsafety.incident.write.intake.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.incident.write.intake.ReportIncidentRequest;
import uk.nhs.patientsafety.incident.write.intake.ReportIncidentRequest.Patient;
import uk.nhs.patientsafety.incident.write.intake.ReportIncidentRequest.Risk;
import uk.nhs.patientsafety.web.Problem.FieldError;

class AdverseEventMapperTest {

    private static final String EXT = "https://patient-safety.nhs.uk/fhir/StructureDefinition/";

    private final AdverseEventMapper mapper = new AdverseEventMapper();

    @Test
    void an_incident_with_two_patients_maps_field_by_field() {
        ReportIncidentRequest request = mapper.toRequest(fixture("adverse-event-incident.json"));

        assertThat(request)
                .isEqualTo(new ReportIncidentRequest(
                        "RT5",
                        "LRMS-0001",
                        1,
                        "incident",
                        LocalDate.of(2026, 11, 20),
                        Instant.parse("2026-11-21T09:00:00Z"),
                        "Patient received a tenfold overdose of insulin after an abbreviated prescription.",
                        "Glucose given, patient monitored hourly, prescriber informed.",
                        false,
                        "6",
                        List.of(
                                new Patient("9434765919", "Jane Mary Smith", LocalDate.of(1958, 3, 14), "3", "4"),
                                new Patient(null, null, null, "5", "4")),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    @Test
    void a_risk_maps_its_theme_imminence_and_organisations() {
        ReportIncidentRequest request = mapper.toRequest(fixture("adverse-event-risk.json"));

        assertThat(request.kind()).isEqualTo("risk");
        assertThat(request.revision()).isEqualTo(3);
        assertThat(request.providerReference()).isEqualTo("LRMS-RISK-7");
        assertThat(request.risk()).isEqualTo(new Risk("staffing", "no"));
        assertThat(request.occurredOn()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(request.identifiedAt()).isEqualTo(Instant.parse("2026-10-02T14:00:00Z"));
        assertThat(request.involvedOrganisations()).containsExactly("QWU", "RKB");
        assertThat(request.coordinatingOrganisation()).isEqualTo("QWU");
        assertThat(request.patients()).isNull();
    }

    @Test
    void good_care_takes_the_event_date_in_london() {
        ReportIncidentRequest request = mapper.toRequest(fixture("adverse-event-good-care.json"));

        assertThat(request.kind()).isEqualTo("good_care");
        assertThat(request.goodCare()).isEqualTo("The deteriorating-patient escalation worked within 10 minutes.");
        // 23:30 UTC on 30 June is 00:30 BST on 1 July.
        assertThat(request.occurredOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(request.identifiedAt()).isEqualTo(Instant.parse("2026-07-01T07:15:00Z"));
    }

    @Test
    void a_body_that_is_not_json_is_a_bad_request() {
        assertRejected("<AdverseEvent/>", 400, "AdverseEvent");
    }

    @Test
    void json_without_a_resource_type_is_not_fhir() {
        assertRejected("{\"event\": {\"text\": \"fall\"}}", 400, "AdverseEvent.resourceType");
    }

    @Test
    void a_patient_is_not_an_adverse_event() {
        FhirRejection rejection = assertRejected(
                "{\"resourceType\": \"Patient\", \"birthDate\": \"1958-03-14\"}", 400, "AdverseEvent.resourceType");
        assertThat(rejection.errors().get(0).message()).contains("Patient");
    }

    @Test
    void an_unknown_element_is_named_where_it_is() {
        assertRejected(
                incident().replace("\"actuality\": \"actual\",", "\"actuality\": \"actual\", \"severityScore\": 3,"),
                400,
                "AdverseEvent.severityScore");
    }

    @Test
    void an_unknown_element_inside_a_contained_patient_is_named_there() {
        assertRejected(
                incident().replace("\"id\": \"patient-2\",", "\"id\": \"patient-2\", \"ward\": \"7B\","),
                400,
                "AdverseEvent.contained[2].ward");
    }

    @Test
    void a_date_of_the_wrong_type_is_a_bad_request() {
        assertRejected(incident().replace("\"2026-11-20\"", "20261120"), 400, "AdverseEvent.date");
        assertRejected(incident().replace("\"2026-11-20\"", "\"yesterday\""), 400, "AdverseEvent.date");
    }

    @Test
    void a_version_id_that_is_not_a_number_cannot_be_mapped() {
        assertRejected(
                incident().replace("\"versionId\": \"1\"", "\"versionId\": \"abc\""),
                422,
                "AdverseEvent.meta.versionId");
    }

    @Test
    void a_location_reference_to_a_missing_contained_resource_cannot_be_mapped() {
        FhirRejection rejection = assertRejected(
                incident().replace("\"reference\": \"#location-1\"", "\"reference\": \"#location-9\""),
                422,
                "AdverseEvent.location");
        assertThat(rejection.errors().get(0).message()).contains("#location-9");
    }

    @Test
    void a_subject_must_be_a_contained_patient() {
        assertRejected(
                incident().replace("\"reference\": \"#patient-1\"", "\"reference\": \"#location-1\""),
                422,
                "AdverseEvent.subject");
    }

    @Test
    void an_extension_with_the_wrong_value_type_cannot_be_mapped() {
        assertRejected(
                incident().replace("\"valueBoolean\": false", "\"valueString\": \"no\""),
                422,
                "AdverseEvent.extension('" + EXT + "near-miss')");
    }

    @Test
    void an_event_type_from_another_code_system_cannot_be_mapped() {
        assertRejected(
                incident().replace("fhir/CodeSystem/event-type", "fhir/CodeSystem/other"),
                422,
                "AdverseEvent.event.coding");
    }

    @Test
    void every_unmappable_element_is_reported_at_once() {
        FhirRejection rejection = catchThrowableOfType(
                FhirRejection.class,
                () -> mapper.toRequest(incident()
                        .replace("\"versionId\": \"1\"", "\"versionId\": \"abc\"")
                        .replace("\"reference\": \"#location-1\"", "\"reference\": \"#nowhere\"")));

        assertThat(rejection.errors())
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("AdverseEvent.meta.versionId", "AdverseEvent.location");
    }

    private FhirRejection assertRejected(String body, int status, String field) {
        FhirRejection rejection = catchThrowableOfType(FhirRejection.class, () -> mapper.toRequest(body));
        assertThat(rejection).as("rejection of %s", body).isNotNull();
        assertThat(rejection.status()).isEqualTo(status);
        assertThat(rejection.errors()).extracting(FieldError::field).contains(field);
        return rejection;
    }

    private static String incident() {
        return fixture("adverse-event-incident.json");
    }

    static String fixture(String name) {
        try (InputStream in = AdverseEventMapperTest.class.getResourceAsStream("/fhir/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
