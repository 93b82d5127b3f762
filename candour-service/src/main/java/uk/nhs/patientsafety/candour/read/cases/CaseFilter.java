package uk.nhs.patientsafety.candour.read.cases;

import java.util.Optional;
import uk.nhs.patientsafety.candour.events.Status;
import uk.nhs.patientsafety.reference.identifiers.OdsCode;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;

/** The list query's filters, each checked; every invalid one named at once in a 400 ({@code invalid-query}). */
public record CaseFilter(
        Optional<String> providerOds,
        Optional<String> incidentId,
        Optional<Status> status,
        Optional<Boolean> overdue,
        int page,
        int size) {

    public static CaseFilter parse(
            String providerOds, String incidentId, String status, String overdue, String page, String size) {
        FieldErrors errors = new FieldErrors();
        errors.valid("providerOds", providerOds, OdsCode::isValid, "an ODS code such as RT5");
        errors.valid("incidentId", incidentId, v -> v.length() <= 64 && v.matches("[A-Za-z0-9-]+"), "an incident id");
        Optional<Status> parsedStatus = Optional.empty();
        if (status != null) {
            parsedStatus = Status.fromCode(status);
            if (parsedStatus.isEmpty()) {
                errors.add(
                        "status",
                        "must be one of "
                                + java.util.Arrays.stream(Status.values())
                                        .map(Status::code)
                                        .toList());
            }
        }
        Optional<Boolean> parsedOverdue = errors.bool("overdue", overdue);
        int parsedPage = errors.wholeNumber("page", page, 0, 0, 100_000);
        int parsedSize = errors.wholeNumber("size", size, 20, 1, 100);
        errors.throwIfAny(Problem.typed("invalid-query", 400, "Invalid query", "The query has invalid parameters."));
        return new CaseFilter(
                Optional.ofNullable(providerOds),
                Optional.ofNullable(incidentId),
                parsedStatus,
                parsedOverdue,
                parsedPage,
                parsedSize);
    }
}
