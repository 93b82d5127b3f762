package uk.nhs.patientsafety.incident.write.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.nhs.patientsafety.incident.write.incident.Action;
import uk.nhs.patientsafety.incident.write.incident.IncidentCommands.ChooseLearningResponse;
import uk.nhs.patientsafety.incident.write.incident.IncidentCommands.SetInvestigationLevel;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;

/** An action's body becomes its command in one place; every vocabulary is checked there, as a 400 naming the field. */
class ActionCommandsTest {

    static final Instant AT = Instant.parse("2025-06-02T09:00:00Z");

    static ActionRequest body(String level, String responseType, String externalBody, String reason) {
        return new ActionRequest(
                null,
                null,
                null,
                reason,
                null,
                null,
                null,
                null,
                null,
                null,
                level,
                null,
                responseType,
                externalBody,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void a_valid_body_becomes_its_command() {
        assertThat(ActionCommands.build("i-1", Action.SET_INVESTIGATION_LEVEL, body("L2", null, null, null), "RKB", AT))
                .isEqualTo(new SetInvestigationLevel("i-1", "L2", AT));
        assertThat(ActionCommands.build(
                        "i-1",
                        Action.CHOOSE_LEARNING_RESPONSE,
                        body(null, "referred_external", "HSSIB", null),
                        "RT5",
                        AT))
                .isEqualTo(new ChooseLearningResponse("i-1", "referred_external", "HSSIB", AT));
    }

    @ParameterizedTest(name = "{0} {1}={2}")
    @CsvSource({
        "SET_INVESTIGATION_LEVEL, level, L4",
        "SET_INVESTIGATION_LEVEL, level, ",
        "CHOOSE_LEARNING_RESPONSE, responseType, review",
        "CHOOSE_LEARNING_RESPONSE, externalBody, NHSE",
    })
    void a_value_outside_its_vocabulary_is_a_400_naming_the_field(Action action, String field, String value) {
        ActionRequest request =
                switch (field) {
                    case "level" -> body(value, null, null, null);
                    case "responseType" -> body(null, value, null, null);
                    default -> body(null, "referred_external", value, null);
                };

        assertThat(refusal(action, request))
                .extracting(Problem.FieldError::field)
                .containsExactly(field);
    }

    @Test
    void every_invalid_field_is_named_at_once() {
        ActionRequest request = new ActionRequest(
                "pt-1",
                "9",
                "7",
                "<b>worse</b>",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        assertThat(refusal(Action.REGRADE_HARM, request))
                .extracting(Problem.FieldError::field)
                .containsExactly("physicalHarm", "psychologicalHarm", "reason");
    }

    @Test
    void a_risk_assessment_names_its_nested_fields() {
        ActionRequest request = new ActionRequest(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new ActionRequest.RiskAssessment("often", null),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "harm_needing_further_treatment",
                null,
                null,
                null);

        assertThat(refusal(Action.DECLARE_SERIOUS_INCIDENT, request))
                .extracting(Problem.FieldError::field)
                .containsExactly("riskAssessment.likelihoodOfRecurrence", "riskAssessment.potentialHarm");
    }

    @Test
    void a_declaration_names_its_sif_category() {
        ActionRequest none = ActionRequest.EMPTY;
        assertThat(refusal(Action.DECLARE_SERIOUS_INCIDENT, none))
                .extracting(Problem.FieldError::field)
                .containsExactly("category");
        ActionRequest unknown = new ActionRequest(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "accident",
                null,
                null,
                null);
        assertThat(refusal(Action.DECLARE_SERIOUS_INCIDENT, unknown))
                .extracting(Problem.FieldError::field)
                .containsExactly("category");
    }

    @Test
    void a_missing_body_is_a_body_with_nothing_in_it() {
        assertThat(refusal(Action.AGREE_TIMEFRAME, null))
                .containsExactly(new Problem.FieldError("targetDate", "is required for this action"));
        assertThat(ActionCommands.build("i-1", Action.SUBMIT_REPORT, null, "RKB", AT))
                .isNotNull();
    }

    @Test
    void the_problem_is_typed_invalid_action() {
        assertThatThrownBy(() ->
                        ActionCommands.build("i-1", Action.AGREE_TIMEFRAME, body(null, null, null, null), "RT5", AT))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().type().toString()).endsWith("/invalid-action");
                });
        assertThat(ActionCommands.build(
                        "i-1",
                        Action.AGREE_TIMEFRAME,
                        new ActionRequest(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                LocalDate.parse("2025-07-01"),
                                null,
                                null,
                                null,
                                null),
                        "RT5",
                        AT))
                .isNotNull();
    }

    private static List<Problem.FieldError> refusal(Action action, ActionRequest request) {
        try {
            ActionCommands.build("i-1", action, request, "RKB", AT);
        } catch (ProblemException e) {
            return e.problem().errors();
        }
        throw new AssertionError("accepted");
    }
}
