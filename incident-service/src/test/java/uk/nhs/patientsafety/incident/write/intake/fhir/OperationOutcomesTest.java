package uk.nhs.patientsafety.incident.write.intake.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.web.Problem.FieldError;

class OperationOutcomesTest {

    private static final String EXT = "https://patient-safety.nhs.uk/fhir/StructureDefinition/";

    @Test
    void one_issue_per_field_error_with_its_expression_and_message() {
        String json = OperationOutcomes.toJson(
                List.of(
                        new FieldError("AdverseEvent.meta.versionId", "must be a whole number"),
                        new FieldError("AdverseEvent.location", "refers to #x, which is not a contained resource")),
                422);

        OperationOutcome outcome = parse(json);

        assertThat(outcome.getIssue()).hasSize(2);
        OperationOutcomeIssueComponent first = outcome.getIssueFirstRep();
        assertThat(first.getSeverity()).isEqualTo(IssueSeverity.ERROR);
        assertThat(first.getCode()).isEqualTo(IssueType.INVALID);
        assertThat(first.getDiagnostics()).isEqualTo("must be a whole number");
        assertThat(first.getExpression()).extracting(Object::toString).containsExactly("AdverseEvent.meta.versionId");
        assertThat(outcome.getIssue().get(1).getExpression())
                .extracting(Object::toString)
                .containsExactly("AdverseEvent.location");
    }

    @Test
    void a_bad_request_is_a_structure_issue_and_a_missing_value_is_required() {
        assertThat(parse(OperationOutcomes.toJson(List.of(new FieldError("AdverseEvent", "not JSON")), 400))
                        .getIssueFirstRep()
                        .getCode())
                .isEqualTo(IssueType.STRUCTURE);
        assertThat(parse(OperationOutcomes.toJson(List.of(new FieldError("AdverseEvent.event", "is required")), 422))
                        .getIssueFirstRep()
                        .getCode())
                .isEqualTo(IssueType.REQUIRED);
    }

    @Test
    void a_mapper_rejection_becomes_an_operation_outcome() {
        FhirRejection rejection = org.assertj.core.api.Assertions.catchThrowableOfType(
                FhirRejection.class, () -> new AdverseEventMapper().toRequest("{\"resourceType\": \"Patient\"}"));

        OperationOutcome outcome = parse(OperationOutcomes.toJson(rejection.errors(), rejection.status()));

        assertThat(outcome.getIssue()).hasSize(1);
        assertThat(outcome.getIssueFirstRep().getExpression().get(0).getValue()).isEqualTo("AdverseEvent.resourceType");
    }

    @Test
    void request_fields_point_at_the_fhir_element_they_came_from() {
        assertThat(OperationOutcomes.fhirExpressionFor("kind")).isEqualTo("AdverseEvent.event");
        assertThat(OperationOutcomes.fhirExpressionFor("providerOds")).isEqualTo("AdverseEvent.location");
        assertThat(OperationOutcomes.fhirExpressionFor("revision")).isEqualTo("AdverseEvent.meta.versionId");
        assertThat(OperationOutcomes.fhirExpressionFor("patients[0].nhsNumber"))
                .isEqualTo("AdverseEvent.contained.ofType(Patient)[0].identifier");
        assertThat(OperationOutcomes.fhirExpressionFor("patients[3].physicalHarm"))
                .isEqualTo("AdverseEvent.contained.ofType(Patient)[3].extension('" + EXT
                        + "patient-information').extension('physical-harm')");
        assertThat(OperationOutcomes.fhirExpressionFor("risk.imminent"))
                .isEqualTo("AdverseEvent.extension('" + EXT + "risk').extension('imminent')");
        assertThat(OperationOutcomes.fhirExpressionFor("involvedOrganisations[1]"))
                .isEqualTo("AdverseEvent.extension('" + EXT + "involved-organisation')[1]");
        assertThat(OperationOutcomes.fhirExpressionFor("description"))
                .isEqualTo("AdverseEvent.extension('" + EXT + "description')");
        assertThat(OperationOutcomes.fhirExpressionFor("somethingElse")).isEqualTo("AdverseEvent");
    }

    @Test
    void business_rule_errors_are_restated_against_the_fhir_input() {
        assertThat(OperationOutcomes.onFhirInput(
                        List.of(new FieldError("patients[1].dateOfBirth", "is in the future"))))
                .containsExactly(
                        new FieldError("AdverseEvent.contained.ofType(Patient)[1].birthDate", "is in the future"));
    }

    private static OperationOutcome parse(String json) {
        return FhirContext.forR4Cached().newJsonParser().parseResource(OperationOutcome.class, json);
    }
}
