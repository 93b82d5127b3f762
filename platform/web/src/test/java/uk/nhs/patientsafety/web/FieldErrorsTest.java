package uk.nhs.patientsafety.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.web.Problem.FieldError;

class FieldErrorsTest {

    private final FieldErrors errors = new FieldErrors();

    @Test
    void collectsErrorsInTheOrderTheirFieldsWereReported() {
        errors.add("b", "second letter").add("a", "first letter").add("c", "third letter");

        assertThat(errors.toList())
                .containsExactly(
                        new FieldError("b", "second letter"),
                        new FieldError("a", "first letter"),
                        new FieldError("c", "third letter"));
    }

    @Test
    void keepsTheFirstErrorOfAField() {
        errors.add("kind", "is required").add("other", "x").add("kind", "must be incident or risk");

        assertThat(errors.toList())
                .containsExactly(new FieldError("kind", "is required"), new FieldError("other", "x"));
    }

    @Test
    void anEmptyCollectorThrowsNothing() {
        assertThat(errors.isEmpty()).isTrue();
        assertThat(errors.toList()).isEmpty();
        assertThatCode(() -> errors.throwIfAny("The request has invalid fields."))
                .doesNotThrowAnyException();
    }

    @Test
    void throwsA400ProblemNamingEveryField() {
        errors.add("a", "is required").add("b", "must be true or false");
        assertThat(errors.isEmpty()).isFalse();

        ProblemException thrown = catchThrowableOfType(
                ProblemException.class, () -> errors.throwIfAny("The request has invalid fields."));

        Problem problem = thrown.problem();
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.title()).isEqualTo("Bad Request");
        assertThat(problem.type()).isEqualTo(URI.create("about:blank"));
        assertThat(problem.detail()).isEqualTo("The request has invalid fields.");
        assertThat(problem.errors())
                .containsExactly(new FieldError("a", "is required"), new FieldError("b", "must be true or false"));
    }

    @Test
    void throwsAGivenTypedProblemWithTheErrorsAttached() {
        errors.add("size", "must be a whole number from 1 to 100");

        ProblemException thrown = catchThrowableOfType(
                ProblemException.class,
                () -> errors.throwIfAny(
                        Problem.typed("invalid-query", 400, "Invalid query", "The query has invalid parameters.")));

        assertThat(thrown.problem().type())
                .isEqualTo(URI.create("https://patient-safety.nhs.uk/problems/invalid-query"));
        assertThat(thrown.problem().title()).isEqualTo("Invalid query");
        assertThat(thrown.problem().errors())
                .containsExactly(new FieldError("size", "must be a whole number from 1 to 100"));
    }

    @Test
    void namesNestedFieldsByTheirPath() {
        FieldErrors patient = errors.at("patients", 0);
        patient.add("nhsNumber", "must be a 10-digit NHS number");
        errors.at("patients[1]").add("dateOfBirth", "must not be in the future");
        errors.at("risk").at("details").add("theme", "must be one of [a, b]");
        errors.at("organisations").add("[2]", "must be an ODS code");
        errors.add("organisations[3]", "must be an ODS code");

        assertThat(errors.toList())
                .extracting(FieldError::field)
                .containsExactly(
                        "patients[0].nhsNumber",
                        "patients[1].dateOfBirth",
                        "risk.details.theme",
                        "organisations[2]",
                        "organisations[3]");
        // One collector: the nested view sees, and throws, everything.
        assertThat(patient.has("nhsNumber")).isTrue();
        assertThat(errors.has("patients[0].nhsNumber")).isTrue();
        assertThat(patient.toList()).hasSize(5);
    }

    @Test
    void requiredRefusesNullAndBlankAndHandsTheValueBack() {
        assertThat(errors.required("a", (String) null)).isNull();
        assertThat(errors.required("b", "  ")).isEqualTo("  ");
        assertThat(errors.required("c", "given")).isEqualTo("given");
        assertThat(errors.required("d", List.of())).isEqualTo(List.of());
        assertThat(errors.required("e", (String) null, "is required for this action"))
                .isNull();

        assertThat(errors.toList())
                .containsExactly(
                        new FieldError("a", "is required"),
                        new FieldError("b", "is required"),
                        new FieldError("e", "is required for this action"));
    }

    @Test
    void notBlankRefusesOnlyGivenBlankText() {
        errors.notBlank("absent", null);
        errors.notBlank("given", "text");
        errors.notBlank("blank", " \t");
        errors.notBlank("empty", "", "must not be blank: plain text of up to 200 characters");

        assertThat(errors.toList())
                .containsExactly(
                        new FieldError("blank", "must not be blank"),
                        new FieldError("empty", "must not be blank: plain text of up to 200 characters"));
    }

    @Test
    void maxLengthCountsCharactersAsPeopleDo() {
        String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units
        assertThat(errors.maxLength("fits", emoji.repeat(3), 3)).isEqualTo(emoji.repeat(3));
        errors.maxLength("absent", null, 3);
        errors.maxLength("long", "abcd", 3);

        assertThat(errors.toList()).containsExactly(new FieldError("long", "must be at most 3 characters (got 4)"));
    }

    @Test
    void aMissingValueIsReportedOnceAsMissing() {
        String reason = errors.maxLength("reason", errors.notBlank("reason", errors.required("reason", "   ")), 1);

        assertThat(reason).isEqualTo("   ");
        assertThat(errors.toList()).containsExactly(new FieldError("reason", "is required"));
    }

    @Test
    void oneOfNamesTheVocabularyInOrder() {
        errors.oneOf("framework", "PSIRF2022", Set.of("SIF2015", "PSIRF2022"));
        errors.oneOf("absent", null, Set.of("a"));
        errors.oneOf("kind", "near_miss", Set.of("risk", "incident", "outcome"));

        assertThat(errors.toList()).containsExactly(new FieldError("kind", "must be one of [incident, outcome, risk]"));
    }

    @Test
    void validSaysWhatIsExpected() {
        assertThat(errors.valid("providerOds", "RT5", v -> v.matches("[A-Z0-9]{3,6}"), "an ODS code"))
                .isEqualTo("RT5");
        errors.valid("coordinating", "rt5!", v -> v.matches("[A-Z0-9]{3,6}"), "an ODS code such as RT5");
        errors.valid("absent", (String) null, v -> false, "anything");

        assertThat(errors.toList()).containsExactly(new FieldError("coordinating", "must be an ODS code such as RT5"));
    }

    @Test
    void datesAndInstantsAreParsedOrReported() {
        assertThat(errors.date("occurredFrom", "2026-11-20")).contains(LocalDate.of(2026, 11, 20));
        assertThat(errors.date("occurredTo", "20/11/2026")).isEmpty();
        assertThat(errors.date("absent", null)).isEmpty();
        assertThat(errors.instant("reportedFrom", "2026-11-20T09:00:00Z"))
                .contains(Instant.parse("2026-11-20T09:00:00Z"));
        assertThat(errors.instant("reportedTo", "2026-11-20")).isEmpty();

        assertThat(errors.toList())
                .containsExactly(
                        new FieldError("occurredTo", "must be a date such as 2026-11-20"),
                        new FieldError("reportedTo", "must be an instant such as 2026-11-20T09:00:00Z"));
    }

    @Test
    void booleansAreExactlyTrueOrFalse() {
        assertThat(errors.bool("a", "true")).contains(true);
        assertThat(errors.bool("b", "false")).contains(false);
        assertThat(errors.bool("c", null)).isEmpty();
        assertThat(errors.bool("d", "TRUE")).isEmpty();
        assertThat(errors.bool("e", "1")).isEmpty();

        assertThat(errors.toList())
                .containsExactly(
                        new FieldError("d", "must be true or false"), new FieldError("e", "must be true or false"));
    }

    @Test
    void wholeNumbersAreInRangeOrTheFallback() {
        assertThat(errors.wholeNumber("page", "3", 0, 0, 100_000)).isEqualTo(3);
        assertThat(errors.wholeNumber("absent", null, 20, 1, 100)).isEqualTo(20);
        assertThat(errors.wholeNumber("size", "0", 20, 1, 100)).isEqualTo(20);
        assertThat(errors.wholeNumber("high", "101", 20, 1, 100)).isEqualTo(20);
        assertThat(errors.wholeNumber("fraction", "1.5", 20, 1, 100)).isEqualTo(20);
        assertThat(errors.wholeNumber("huge", "99999999999", 20, 1, 100)).isEqualTo(20);
        assertThat(errors.wholeNumber("edge", "100", 20, 1, 100)).isEqualTo(100);

        assertThat(errors.toList()).extracting(FieldError::field).containsExactly("size", "high", "fraction", "huge");
        assertThat(errors.toList())
                .extracting(FieldError::message)
                .containsOnly("must be a whole number from 1 to 100");
    }

    @Test
    void anyParseThatThrowsIsRecordedNotThrown() {
        Optional<Integer> parsed = errors.parse("x", "nope", Integer::valueOf, "a number");

        assertThat(parsed).isEmpty();
        assertThat(errors.toList()).containsExactly(new FieldError("x", "must be a number"));
    }

    @Test
    void anOptionalProblemIsAddedOnlyWhenPresent() {
        errors.add("fine", Optional.empty());
        errors.add("markup", Optional.of("must be plain text"));

        assertThat(errors.toList()).containsExactly(new FieldError("markup", "must be plain text"));
    }

    @Test
    void theListIsACopy() {
        errors.add("a", "x");
        List<FieldError> list = errors.toList();
        errors.add("b", "y");

        assertThat(list).hasSize(1);
    }
}
