package uk.nhs.patientsafety.assurance.read.cases;

import java.util.Arrays;
import java.util.Optional;
import uk.nhs.patientsafety.assurance.events.CaseStatus;
import uk.nhs.patientsafety.reference.identifiers.OdsCode;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;

/** What a caller asks of the case list, with every invalid parameter named at once (400 {@code invalid-query}). */
public record CaseFilter(
        Optional<String> providerOds,
        Optional<String> incidentId,
        Optional<CaseStatus> status,
        Optional<Boolean> overdue,
        int page,
        int size) {

    public record Parameters(
            String providerOds, String incidentId, String status, String overdue, String page, String size) {}

    public static CaseFilter parse(Parameters p) {
        FieldErrors errors = new FieldErrors();
        CaseFilter filter = new CaseFilter(
                Optional.ofNullable(errors.valid("providerOds", p.providerOds(), OdsCode::isValid, "an ODS code")),
                Optional.ofNullable(errors.valid(
                        "incidentId",
                        p.incidentId(),
                        id -> id.length() <= 64 && id.matches("[A-Za-z0-9-]+"),
                        "an incident id (letters, digits and -, at most 64)")),
                errors.parse(
                        "status",
                        p.status(),
                        code -> CaseStatus.fromCode(code).orElseThrow(),
                        "one of "
                                + Arrays.stream(CaseStatus.values())
                                        .map(CaseStatus::code)
                                        .sorted()
                                        .toList()),
                errors.bool("overdue", p.overdue()),
                errors.wholeNumber("page", p.page(), 0, 0, 100_000),
                errors.wholeNumber("size", p.size(), 20, 1, 100));
        errors.throwIfAny(Problem.typed("invalid-query", 400, "Invalid query", "The query has invalid parameters."));
        return filter;
    }
}
