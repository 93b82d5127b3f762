package uk.nhs.patientsafety.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Versioned configuration with effective-from dates, as national and local policies change: a file
 * {@code {"version": "...", "policies": [{"effectiveFrom": "2015-03-27", ...}, ...]}} read once, and the policy in
 * force on a day looked up by date. A rule applies the policy in force when its clock starts, so a policy change
 * never moves what is already running.
 *
 * @param <P> what one period says, read from its JSON object by the caller
 */
public final class DatedPolicies<P> {

    /** One period of a policy file. */
    public record Period<P>(LocalDate effectiveFrom, P policy) {}

    private final String version;
    private final List<Period<P>> periods; // latest first

    private DatedPolicies(String version, List<Period<P>> periods) {
        this.version = version;
        this.periods = periods;
    }

    /** Reads a policy file; {@code readPeriod} turns one period's object into {@code P}, failing loudly on errors. */
    public static <P> DatedPolicies<P> read(JsonNode data, Function<JsonNode, P> readPeriod) {
        String version = ReferenceFiles.requiredText(data, "version");
        List<Period<P>> read = new ArrayList<>();
        for (JsonNode period : data.required("policies")) {
            LocalDate from = LocalDate.parse(ReferenceFiles.requiredText(period, "effectiveFrom"));
            read.add(new Period<>(from, readPeriod.apply(period)));
        }
        if (read.isEmpty()) {
            throw new IllegalStateException("policy file version " + version + " has no policies");
        }
        read.sort(Comparator.comparing((Period<P> p) -> p.effectiveFrom()).reversed());
        for (int i = 1; i < read.size(); i++) {
            if (read.get(i).effectiveFrom().equals(read.get(i - 1).effectiveFrom())) {
                throw new IllegalStateException("policy file version " + version + " has two policies effective "
                        + read.get(i).effectiveFrom());
            }
        }
        return new DatedPolicies<>(version, List.copyOf(read));
    }

    public String version() {
        return version;
    }

    /** The policy in force on {@code date}; none before the earliest period's effective date. */
    public P inForceOn(LocalDate date) {
        return periods.stream()
                .filter(period -> !period.effectiveFrom().isAfter(date))
                .findFirst()
                .map(Period::policy)
                .orElseThrow(() -> new IllegalArgumentException("no policy in force on " + date
                        + "; the earliest takes effect on "
                        + periods.get(periods.size() - 1).effectiveFrom()));
    }
}
