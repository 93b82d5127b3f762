package uk.nhs.patientsafety.incident.write.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static uk.nhs.patientsafety.incident.fixtures.ReportDraft.NOW;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.nhs.patientsafety.incident.fixtures.ReportDraft;
import uk.nhs.patientsafety.incident.fixtures.ReportDraft.PatientDraft;
import uk.nhs.patientsafety.incident.write.intake.ReportIncidentRequest.Risk;
import uk.nhs.patientsafety.web.Problem.FieldError;

class ReportValidatorTest {

    private final ReportValidator validator = new ReportValidator();

    @ParameterizedTest(name = "{0}")
    @MethodSource("validReports")
    void a_valid_report_of_each_kind_passes(String name, ReportDraft draft) {
        assertThat(validator.validate(draft.build(), NOW)).isEmpty();
    }

    static Stream<Arguments> validReports() {
        return Stream.of(
                arguments("incident", ReportDraft.incident()),
                arguments("outcome", ReportDraft.outcome()),
                arguments("risk", ReportDraft.risk()),
                arguments("good care", ReportDraft.goodCare()),
                arguments("minimal incident", minimalIncident()),
                arguments("near miss that harmed nobody", edit(ReportDraft.incident(), d -> {
                    d.nearMiss = true;
                    d.patient(0).physicalHarm = "5";
                })),
                arguments("never event", edit(ReportDraft.incident(), d -> d.neverEventType = "15")),
                arguments(
                        "nationally required response",
                        edit(ReportDraft.incident(), d -> d.nationalRequirement = "mental_health_homicide")),
                arguments("risk with patients and unknown imminence", edit(ReportDraft.risk(), d -> {
                    d.patients = new ArrayList<>(List.of(new PatientDraft()));
                    d.risk = new Risk(null, "unknown");
                })),
                arguments(
                        "identified at the first instant of occurredOn in England",
                        edit(ReportDraft.incident(), d -> d.identifiedAt = Instant.parse("2025-05-29T23:00:00Z"))),
                arguments(
                        "identified within the clock skew",
                        edit(ReportDraft.incident(), d -> d.identifiedAt = NOW.plusSeconds(299))),
                arguments("occurred today in England", edit(ReportDraft.incident(), d -> {
                    d.occurredOn = LocalDate.parse("2025-06-02");
                    d.identifiedAt = null;
                })),
                arguments("NHS number without spaces, born on the day", edit(ReportDraft.incident(), d -> {
                    d.patient(0).nhsNumber = "9434765919";
                    d.patient(0).dateOfBirth = d.occurredOn;
                })),
                arguments(
                        "coordinated by an involved organisation",
                        edit(ReportDraft.incident(), d -> d.coordinatingOrganisation = "QWU")),
                arguments("100 patients and 20 organisations", edit(ReportDraft.incident(), d -> {
                    d.patients = new ArrayList<>(IntStream.range(0, 100)
                            .mapToObj(i -> new PatientDraft())
                            .toList());
                    d.involvedOrganisations = new ArrayList<>(
                            IntStream.range(0, 20).mapToObj(i -> "Q" + (10 + i)).toList());
                })),
                arguments("texts at their maximum length", edit(ReportDraft.goodCare(), d -> {
                    d.description = "a".repeat(4000);
                    d.goodCare = "é".repeat(4000);
                    d.immediateActions = "😀".repeat(2000);
                    d.providerReference = "R".repeat(64);
                    d.patient(0).name = "ŷ".repeat(200);
                })),
                arguments(
                        "plain text with Welsh, accents, emoji, comparisons and line breaks",
                        edit(ReportDraft.incident(), d -> {
                            d.description = "Cafodd y claf ei weld gan y meddyg; roedd y ŵyr yn bresennol.\r\n"
                                    + "Café naïve façade – BP < 90 and HR > 120; 5 < 6 > 4.\tTeam 👍🏽 👨‍👩‍👧 ❤️";
                            d.patient(0).name = "Zoë O'Brien-Łukasz";
                        })));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("badReports")
    void names_exactly_the_invalid_field(String mutation, ReportDraft draft, String field) {
        List<FieldError> errors = validator.validate(draft.build(), NOW);
        assertThat(errors).extracting(FieldError::field).containsExactly(field);
        assertThat(errors.get(0).message()).isNotBlank();
    }

    static Stream<Arguments> badReports() {
        return Stream.of(
                bad("no provider", ReportDraft.incident(), d -> d.providerOds = null, "providerOds"),
                bad("lower-case provider", ReportDraft.incident(), d -> d.providerOds = "rt5", "providerOds"),
                bad("provider of digits only", ReportDraft.incident(), d -> d.providerOds = "123", "providerOds"),
                bad("no reference", ReportDraft.incident(), d -> d.providerReference = null, "providerReference"),
                bad("blank reference", ReportDraft.incident(), d -> d.providerReference = "   ", "providerReference"),
                bad(
                        "reference too long",
                        ReportDraft.incident(),
                        d -> d.providerReference = "R".repeat(65),
                        "providerReference"),
                bad(
                        "reference with a tab",
                        ReportDraft.incident(),
                        d -> d.providerReference = "INC\t1",
                        "providerReference"),
                bad("no revision", ReportDraft.incident(), d -> d.revision = null, "revision"),
                bad("revision 0", ReportDraft.incident(), d -> d.revision = 0, "revision"),
                bad("no kind", ReportDraft.incident(), d -> d.kind = null, "kind"),
                bad("unknown kind", ReportDraft.incident(), d -> d.kind = "near_miss", "kind"),
                bad("kind in capitals", ReportDraft.incident(), d -> d.kind = "INCIDENT", "kind"),
                bad("no occurredOn", ReportDraft.incident(), d -> d.occurredOn = null, "occurredOn"),
                bad(
                        "occurred tomorrow",
                        ReportDraft.incident(),
                        d -> d.occurredOn = LocalDate.parse("2025-06-03"),
                        "occurredOn"),
                bad(
                        "identified in the future",
                        ReportDraft.incident(),
                        d -> d.identifiedAt = NOW.plusSeconds(301),
                        "identifiedAt"),
                bad(
                        "identified before occurredOn began in England",
                        ReportDraft.incident(),
                        d -> d.identifiedAt = Instant.parse("2025-05-29T22:59:59Z"),
                        "identifiedAt"),
                bad("no description", ReportDraft.incident(), d -> d.description = null, "description"),
                bad("blank description", ReportDraft.incident(), d -> d.description = " \n\t ", "description"),
                bad(
                        "description too long",
                        ReportDraft.incident(),
                        d -> d.description = "a".repeat(4001),
                        "description"),
                bad(
                        "script tag",
                        ReportDraft.incident(),
                        d -> d.description = "<script>alert(1)</script>",
                        "description"),
                bad(
                        "unclosed img tag",
                        ReportDraft.incident(),
                        d -> d.description = "see <img src=x onerror=alert(1)",
                        "description"),
                bad(
                        "javascript URL",
                        ReportDraft.incident(),
                        d -> d.description = "click JavaScript :alert(1)",
                        "description"),
                bad("bell character", ReportDraft.incident(), d -> d.description = "fell\u0007 over", "description"),
                bad(
                        "C1 control character",
                        ReportDraft.incident(),
                        d -> d.description = "fell\u0085over",
                        "description"),
                bad(
                        "right-to-left override",
                        ReportDraft.incident(),
                        d -> d.description = "dose \u202E01 mg",
                        "description"),
                bad("bidi isolate", ReportDraft.incident(), d -> d.description = "dose \u2067 10 mg", "description"),
                bad("zero-width space", ReportDraft.incident(), d -> d.description = "ward\u200B7", "description"),
                bad(
                        "zero-width joiner between letters",
                        ReportDraft.incident(),
                        d -> d.description = "ward\u200D7",
                        "description"),
                bad("byte order mark", ReportDraft.incident(), d -> d.description = "\uFEFFward 7", "description"),
                bad(
                        "unpaired high surrogate",
                        ReportDraft.incident(),
                        d -> d.description = "ward \uD83D 7",
                        "description"),
                bad(
                        "unpaired low surrogate",
                        ReportDraft.incident(),
                        d -> d.description = "ward \uDE00 7",
                        "description"),
                bad(
                        "non-character U+FFFF",
                        ReportDraft.incident(),
                        d -> d.description = "ward \uFFFF 7",
                        "description"),
                bad(
                        "non-character U+FDD0",
                        ReportDraft.incident(),
                        d -> d.description = "ward \uFDD0 7",
                        "description"),
                bad(
                        "immediate actions too long",
                        ReportDraft.incident(),
                        d -> d.immediateActions = "a".repeat(2001),
                        "immediateActions"),
                bad(
                        "markup in immediate actions",
                        ReportDraft.incident(),
                        d -> d.immediateActions = "<b>urgent</b>",
                        "immediateActions"),
                bad(
                        "incident without patients",
                        ReportDraft.incident(),
                        d -> d.patients = new ArrayList<>(),
                        "patients"),
                bad("incident with null patients", ReportDraft.incident(), d -> d.patients = null, "patients"),
                bad(
                        "101 patients",
                        ReportDraft.incident(),
                        d -> d.patients = new ArrayList<>(IntStream.range(0, 101)
                                .mapToObj(i -> new PatientDraft())
                                .toList()),
                        "patients"),
                bad(
                        "null patient",
                        ReportDraft.incident(),
                        d -> d.patients = new ArrayList<>(Collections.singletonList(null)),
                        "patients[0]"),
                bad(
                        "wrong check digit",
                        ReportDraft.incident(),
                        d -> d.patient(0).nhsNumber = "9434765918",
                        "patients[0].nhsNumber"),
                bad(
                        "check digit would be 10",
                        ReportDraft.incident(),
                        d -> d.patient(0).nhsNumber = "9434765030",
                        "patients[0].nhsNumber"),
                bad(
                        "NHS number with dashes",
                        ReportDraft.incident(),
                        d -> d.patient(0).nhsNumber = "943-476-5919",
                        "patients[0].nhsNumber"),
                bad(
                        "patient name too long",
                        ReportDraft.incident(),
                        d -> d.patient(0).name = "n".repeat(201),
                        "patients[0].name"),
                bad(
                        "markup in patient name",
                        ReportDraft.incident(),
                        d -> d.patient(0).name = "<i>Jo</i>",
                        "patients[0].name"),
                bad(
                        "born in the future",
                        ReportDraft.incident(),
                        d -> d.patient(0).dateOfBirth = LocalDate.parse("2025-06-03"),
                        "patients[0].dateOfBirth"),
                bad(
                        "never event with no time of identification",
                        ReportDraft.incident(),
                        d -> {
                            d.neverEventType = "1";
                            d.identifiedAt = null;
                        },
                        "identifiedAt"),
                bad(
                        "born before 1900",
                        ReportDraft.incident(),
                        d -> d.patient(0).dateOfBirth = LocalDate.parse("1899-12-31"),
                        "patients[0].dateOfBirth"),
                bad(
                        "born after the event",
                        ReportDraft.incident(),
                        d -> d.patient(0).dateOfBirth = LocalDate.parse("2025-05-31"),
                        "patients[0].dateOfBirth"),
                bad(
                        "physical harm 6",
                        ReportDraft.incident(),
                        d -> d.patient(0).physicalHarm = "6",
                        "patients[0].physicalHarm"),
                bad(
                        "physical harm as a word",
                        ReportDraft.incident(),
                        d -> d.patient(0).physicalHarm = "low",
                        "patients[0].physicalHarm"),
                bad(
                        "incident without physical harm",
                        ReportDraft.incident(),
                        d -> d.patient(0).physicalHarm = null,
                        "patients[0].physicalHarm"),
                bad(
                        "psychological harm 5",
                        ReportDraft.incident(),
                        d -> d.patient(0).psychologicalHarm = "5",
                        "patients[0].psychologicalHarm"),
                bad(
                        "incident without psychological harm",
                        ReportDraft.incident(),
                        d -> d.patient(0).psychologicalHarm = null,
                        "patients[0].psychologicalHarm"),
                bad(
                        "second patient invalid",
                        ReportDraft.incident(),
                        d -> {
                            d.patients.add(new PatientDraft());
                            d.patient(1).psychologicalHarm = "0";
                        },
                        "patients[1].psychologicalHarm"),
                bad(
                        "near miss that harmed a patient",
                        ReportDraft.incident(),
                        d -> d.nearMiss = true,
                        "patients[0].physicalHarm"),
                bad("never event code 16", ReportDraft.incident(), d -> d.neverEventType = "16", "neverEventType"),
                bad("never event code 0", ReportDraft.incident(), d -> d.neverEventType = "0", "neverEventType"),
                bad("never event on a risk", ReportDraft.risk(), d -> d.neverEventType = "1", "neverEventType"),
                bad(
                        "unknown national requirement",
                        ReportDraft.incident(),
                        d -> d.nationalRequirement = "homicide",
                        "nationalRequirement"),
                bad(
                        "never event as a national requirement",
                        ReportDraft.incident(),
                        d -> d.nationalRequirement = "never_event",
                        "nationalRequirement"),
                bad(
                        "national requirement on a risk",
                        ReportDraft.risk(),
                        d -> d.nationalRequirement = "child_death",
                        "nationalRequirement"),
                bad("near miss on a risk", ReportDraft.risk(), d -> d.nearMiss = true, "nearMiss"),
                bad(
                        "outcome type on an incident",
                        ReportDraft.incident(),
                        d -> d.outcomeType = "crash_call",
                        "outcomeType"),
                bad("risk on an incident", ReportDraft.incident(), d -> d.risk = new Risk("staffing", "no"), "risk"),
                bad("good care text on an incident", ReportDraft.incident(), d -> d.goodCare = "Well done", "goodCare"),
                bad("outcome without outcome type", ReportDraft.outcome(), d -> d.outcomeType = null, "outcomeType"),
                bad("unknown outcome type", ReportDraft.outcome(), d -> d.outcomeType = "readmission", "outcomeType"),
                bad("outcome without patients", ReportDraft.outcome(), d -> d.patients = null, "patients"),
                bad("risk without risk details", ReportDraft.risk(), d -> d.risk = null, "risk"),
                bad(
                        "risk without imminence",
                        ReportDraft.risk(),
                        d -> d.risk = new Risk("staffing", null),
                        "risk.imminent"),
                bad(
                        "risk imminence as Y",
                        ReportDraft.risk(),
                        d -> d.risk = new Risk("staffing", "Y"),
                        "risk.imminent"),
                bad("unknown risk theme", ReportDraft.risk(), d -> d.risk = new Risk("weather", "no"), "risk.theme"),
                bad("outcome type on a risk", ReportDraft.risk(), d -> d.outcomeType = "crash_call", "outcomeType"),
                bad("good care without text", ReportDraft.goodCare(), d -> d.goodCare = null, "goodCare"),
                bad("good care too long", ReportDraft.goodCare(), d -> d.goodCare = "g".repeat(4001), "goodCare"),
                bad(
                        "good care with physical harm",
                        ReportDraft.goodCare(),
                        d -> d.patient(0).physicalHarm = "5",
                        "patients[0].physicalHarm"),
                bad(
                        "good care with psychological harm",
                        ReportDraft.goodCare(),
                        d -> d.patient(0).psychologicalHarm = "4",
                        "patients[0].psychologicalHarm"),
                bad(
                        "risk details on good care",
                        ReportDraft.goodCare(),
                        d -> d.risk = new Risk("staffing", "no"),
                        "risk"),
                bad(
                        "21 involved organisations",
                        ReportDraft.incident(),
                        d -> d.involvedOrganisations = new ArrayList<>(IntStream.range(0, 21)
                                .mapToObj(i -> "Q" + (10 + i))
                                .toList()),
                        "involvedOrganisations"),
                bad(
                        "invalid involved organisation",
                        ReportDraft.incident(),
                        d -> d.involvedOrganisations.add("qwu"),
                        "involvedOrganisations[1]"),
                bad(
                        "null involved organisation",
                        ReportDraft.incident(),
                        d -> d.involvedOrganisations.add(null),
                        "involvedOrganisations[1]"),
                bad(
                        "duplicate involved organisation",
                        ReportDraft.incident(),
                        d -> d.involvedOrganisations.add("QWU"),
                        "involvedOrganisations[1]"),
                bad(
                        "provider among the involved",
                        ReportDraft.incident(),
                        d -> d.involvedOrganisations.add("RT5"),
                        "involvedOrganisations[1]"),
                bad(
                        "coordinator not involved",
                        ReportDraft.incident(),
                        d -> d.coordinatingOrganisation = "RKB",
                        "coordinatingOrganisation"),
                bad(
                        "coordinator not an ODS code",
                        ReportDraft.incident(),
                        d -> d.coordinatingOrganisation = "R",
                        "coordinatingOrganisation"));
    }

    @Test
    void every_invalid_field_is_named_once() {
        ReportDraft draft = ReportDraft.incident();
        draft.providerOds = "rt5";
        draft.description = "<p>" + "x".repeat(5000);
        draft.patient(0).nhsNumber = "1234567890";
        draft.patient(0).physicalHarm = "9";
        draft.nearMiss = true;
        draft.involvedOrganisations.add("QWU");

        assertThat(validator.validate(draft.build(), NOW))
                .extracting(FieldError::field)
                .containsExactly(
                        "providerOds",
                        "description",
                        "patients[0].nhsNumber",
                        "patients[0].physicalHarm",
                        "involvedOrganisations[1]"); // the coordinator RT5 is not blamed for the provider's typo
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "943 476 5918"})
    void messages_never_echo_the_value(String nhsNumber) {
        ReportDraft draft = ReportDraft.incident();
        draft.patient(0).nhsNumber = nhsNumber;
        draft.description = "Patient 9434765918 fell \u202E";

        assertThat(validator.validate(draft.build(), NOW))
                .extracting(FieldError::message)
                .hasSize(2)
                .noneMatch(message -> message.contains("9434765918") || message.contains("5918"));
    }

    @Test
    void a_missing_body_is_one_error() {
        assertThat(validator.validate(null, NOW)).extracting(FieldError::field).containsExactly("body");
    }

    private static ReportDraft minimalIncident() {
        ReportDraft draft = ReportDraft.incident();
        draft.identifiedAt = null;
        draft.immediateActions = null;
        draft.nearMiss = null;
        draft.involvedOrganisations = null;
        draft.coordinatingOrganisation = null;
        PatientDraft patient = draft.patient(0);
        patient.nhsNumber = null;
        patient.name = null;
        patient.dateOfBirth = null;
        return draft;
    }

    private static ReportDraft edit(ReportDraft draft, Consumer<ReportDraft> change) {
        change.accept(draft);
        return draft;
    }

    private static Arguments bad(String mutation, ReportDraft base, Consumer<ReportDraft> change, String field) {
        return arguments(mutation, edit(base, change), field);
    }
}
