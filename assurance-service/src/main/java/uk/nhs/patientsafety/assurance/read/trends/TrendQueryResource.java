package uk.nhs.patientsafety.assurance.read.trends;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.nhs.patientsafety.assurance.access.TrendAccess;
import uk.nhs.patientsafety.eventsourcing.audit.AccessAudit;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.reference.identifiers.OdsCode;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;

/** {@code GET /assurance/trends}: a provider's monthly counts of a measure as an XmR chart with its signals. */
@Path("/assurance/trends")
@Produces(MediaType.APPLICATION_JSON)
public class TrendQueryResource {

    static final int MAX_MONTHS = 60;

    public record Point(YearMonth month, int value, List<String> signals) {}

    public record Series(
            String providerOds,
            String measure,
            YearMonth from,
            YearMonth to,
            double mean,
            double upperLimit,
            double lowerLimit,
            boolean specialCause,
            List<Point> points) {}

    @Inject
    TrendCounts counts;

    @Inject
    TrendAccess access;

    @Inject
    AccessAudit audit;

    @Inject
    CurrentCaller callers;

    @Inject
    Clock clock;

    @GET
    @Operation(
            summary = "A provider's monthly trend with statistical process control",
            description = "providerOds (required); measure: incidents, never_events, severe_harm_or_death,"
                    + " serious_incidents, psii (default incidents); from/to as YYYY-MM (default the last 12 months,"
                    + " at most 60). Signals: above_upper_limit, below_lower_limit, run_above_mean, run_below_mean,"
                    + " trend_up, trend_down.")
    public Series trend(
            @QueryParam("providerOds") String providerOds,
            @QueryParam("measure") String measure,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Caller caller = callers.get();
        YearMonth now = YearMonth.from(England.dateOf(clock.instant()));
        FieldErrors errors = new FieldErrors();
        errors.required("providerOds", providerOds);
        errors.valid("providerOds", providerOds, OdsCode::isValid, "an ODS code");
        String chosen = measure == null ? "incidents" : measure;
        errors.oneOf("measure", chosen, TrendCounts.MEASURES);
        YearMonth end = errors.parse("to", to, YearMonth::parse, "a month such as 2026-11")
                .orElse(now);
        YearMonth start = errors.parse("from", from, YearMonth::parse, "a month such as 2026-01")
                .orElse(end.minusMonths(11));
        if (!errors.has("from") && !errors.has("to")) {
            errors.valid(
                    "from",
                    start,
                    s -> !s.isAfter(end) && !s.plusMonths(MAX_MONTHS).isBefore(end.plusMonths(1)),
                    "not after to, and at most " + MAX_MONTHS + " months before it");
        }
        errors.throwIfAny(Problem.typed("invalid-query", 400, "Invalid query", "The query has invalid parameters."));
        access.authoriseAggregates(caller, providerOds);
        audit.record(
                caller, "trends", List.of(new AccessAudit.Read(providerOds + ":" + chosen, providerOds, "aggregate")));

        List<Map.Entry<YearMonth, Integer>> series = counts.series(providerOds, chosen, start, end);
        XmrChart.Chart chart =
                XmrChart.of(series.stream().map(Map.Entry::getValue).toList());
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            points.add(new Point(
                    series.get(i).getKey(),
                    series.get(i).getValue(),
                    chart.signals().get(i).stream().map(XmrChart.Signal::code).toList()));
        }
        return new Series(
                providerOds,
                chosen,
                start,
                end,
                chart.mean(),
                chart.upperLimit(),
                chart.lowerLimit(),
                chart.specialCause(),
                points);
    }
}
