package uk.nhs.patientsafety.incident.read.incidents;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.reference.identifiers.OdsCode;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;

/** Incident counts for those who see aggregates (DOMAIN §9 "A"): no record, no identity, no free text. */
public record IncidentAggregates(String from, String to, List<Group> groups) {

    /** One count: incidents of a provider that occurred in a month, of a kind, worst harm and status. */
    public record Group(String providerOds, String month, String kind, String worstHarm, String status, long count) {}

    /** The months counted, inclusive, and optionally one provider. */
    public record Range(Optional<String> providerOds, YearMonth from, YearMonth to) {

        static final int MAX_MONTHS = 60;

        static Range parse(String providerOds, String from, String to, Clock clock) {
            FieldErrors errors = new FieldErrors();
            YearMonth now = YearMonth.from(England.dateOf(clock.instant()));
            YearMonth end = month(errors, "to", to, now);
            YearMonth start = month(errors, "from", from, (end == null ? now : end).minusMonths(11));
            if (providerOds != null && !OdsCode.isValid(providerOds)) {
                errors.add("providerOds", "must be an ODS organisation code, e.g. RT5");
            }
            if (start != null && end != null) {
                if (start.isAfter(end)) {
                    errors.add("from", "must not be after to");
                } else if (start.plusMonths(MAX_MONTHS).isBefore(end.plusMonths(1))) {
                    errors.add("to", "at most " + MAX_MONTHS + " months are counted at once");
                }
            }
            errors.throwIfAny(Problem.typed(
                    "invalid-query", 400, "Invalid query", "The aggregate query has invalid parameters."));
            return new Range(Optional.ofNullable(providerOds), start, end);
        }

        private static YearMonth month(FieldErrors errors, String field, String value, YearMonth otherwise) {
            if (value == null || value.isBlank()) {
                return otherwise;
            }
            try {
                return YearMonth.parse(value);
            } catch (DateTimeParseException e) {
                errors.add(field, "must be a month as YYYY-MM");
                return null;
            }
        }
    }
}
