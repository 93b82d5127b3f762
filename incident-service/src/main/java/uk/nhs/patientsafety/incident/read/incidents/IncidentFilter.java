package uk.nhs.patientsafety.incident.read.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.nhs.patientsafety.incident.events.Framework;
import uk.nhs.patientsafety.incident.events.Kind;
import uk.nhs.patientsafety.incident.events.Status;
import uk.nhs.patientsafety.reference.identifiers.OdsCode;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;

/**
 * What a caller asks of the incident list: filters, sort and page, read from query parameters with every invalid
 * one named at once (400 {@code invalid-query}). The read model turns it into SQL.
 */
public record IncidentFilter(
        Optional<String> providerOds,
        Optional<Status> status,
        Optional<Framework> framework,
        Optional<Kind> kind,
        Optional<Boolean> overdue,
        Optional<LocalDate> occurredFrom,
        Optional<LocalDate> occurredTo,
        Optional<Instant> reportedFrom,
        Optional<Instant> reportedTo,
        Sort sort,
        int page,
        int size) {

    /** What the list may be sorted by, as callers name it. */
    public enum SortKey {
        reportedAt,
        occurredOn,
        updatedAt,
        status,
        nextDueAt
    }

    public record Sort(SortKey key, boolean descending) {}

    static final Sort DEFAULT_SORT = new Sort(SortKey.reportedAt, true);

    /** The raw query parameters, each null when absent. */
    public record Parameters(
            String providerOds,
            String status,
            String framework,
            String kind,
            String overdue,
            String occurredFrom,
            String occurredTo,
            String reportedFrom,
            String reportedTo,
            String sort,
            String page,
            String size) {}

    public static IncidentFilter parse(Parameters p) {
        FieldErrors errors = new FieldErrors();
        IncidentFilter filter = new IncidentFilter(
                Optional.ofNullable(errors.valid("providerOds", p.providerOds(), OdsCode::isValid, "an ODS code")),
                errors.parse("status", p.status(), code -> status(code), "one of " + sortedCodes()),
                errors.parse(
                        "framework",
                        p.framework(),
                        code -> Framework.fromCode(code).orElseThrow(),
                        String.join(" or ", Framework.codes())),
                errors.parse("kind", p.kind(), code -> Kind.fromCode(code).orElseThrow(), Kind.described()),
                errors.bool("overdue", p.overdue()),
                errors.date("occurredFrom", p.occurredFrom()),
                errors.date("occurredTo", p.occurredTo()),
                errors.instant("reportedFrom", p.reportedFrom()),
                errors.instant("reportedTo", p.reportedTo()),
                sort(errors, p.sort()),
                errors.wholeNumber("page", p.page(), 0, 0, 100_000),
                errors.wholeNumber("size", p.size(), 20, 1, 100));
        errors.throwIfAny(Problem.typed("invalid-query", 400, "Invalid query", "The query has invalid parameters."));
        return filter;
    }

    private static Status status(String code) {
        return Arrays.stream(Status.values())
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> sortedCodes() {
        return Arrays.stream(Status.values()).map(Status::code).sorted().toList();
    }

    private static Sort sort(FieldErrors errors, String sort) {
        if (sort == null) {
            return DEFAULT_SORT;
        }
        boolean descending = sort.startsWith("-");
        String name = descending ? sort.substring(1) : sort;
        return Arrays.stream(SortKey.values())
                .filter(key -> key.name().equals(name))
                .findFirst()
                .map(key -> new Sort(key, descending))
                .orElseGet(() -> {
                    errors.add(
                            "sort",
                            "must be one of "
                                    + Arrays.stream(SortKey.values())
                                            .map(Enum::name)
                                            .sorted()
                                            .toList()
                                    + ", optionally with -");
                    return DEFAULT_SORT;
                });
    }
}
