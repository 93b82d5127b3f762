package uk.nhs.patientsafety.assurance.read.safetyactions;

import java.util.Arrays;
import java.util.Optional;
import uk.nhs.patientsafety.assurance.events.ActionStatus;
import uk.nhs.patientsafety.reference.identifiers.OdsCode;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;

/** What a caller asks of the safety action list (400 {@code invalid-query} naming each bad parameter). */
public record SafetyActionFilter(
        Optional<String> providerOds,
        Optional<String> incidentId,
        Optional<String> planId,
        Optional<ActionStatus> status,
        Optional<Boolean> overdue,
        int page,
        int size) {

    public static SafetyActionFilter parse(
            String providerOds,
            String incidentId,
            String planId,
            String status,
            String overdue,
            String page,
            String size) {
        FieldErrors errors = new FieldErrors();
        SafetyActionFilter filter = new SafetyActionFilter(
                Optional.ofNullable(errors.valid("providerOds", providerOds, OdsCode::isValid, "an ODS code")),
                Optional.ofNullable(errors.valid("incidentId", incidentId, SafetyActionFilter::isId, "an id")),
                Optional.ofNullable(errors.valid("planId", planId, SafetyActionFilter::isId, "an id")),
                errors.parse(
                        "status",
                        status,
                        code -> ActionStatus.fromCode(code).orElseThrow(),
                        "one of "
                                + Arrays.stream(ActionStatus.values())
                                        .map(ActionStatus::code)
                                        .toList()),
                errors.bool("overdue", overdue),
                errors.wholeNumber("page", page, 0, 0, 100_000),
                errors.wholeNumber("size", size, 20, 1, 100));
        errors.throwIfAny(Problem.typed("invalid-query", 400, "Invalid query", "The query has invalid parameters."));
        return filter;
    }

    private static boolean isId(String id) {
        return id.length() <= 64 && id.matches("[A-Za-z0-9-]+");
    }
}
