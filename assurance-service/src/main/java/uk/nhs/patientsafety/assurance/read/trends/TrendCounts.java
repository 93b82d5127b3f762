package uk.nhs.patientsafety.assurance.read.trends;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pre-aggregated monthly counts behind the trends (G4): one row per provider, measure and month, each incident
 * counted once per measure, in the month it was reported. Written by the inbound listener in the consumed event's
 * transaction; read for the charts.
 */
@ApplicationScoped
public class TrendCounts {

    /** What is counted. */
    public static final Set<String> MEASURES =
            Set.of("incidents", "never_events", "severe_harm_or_death", "serious_incidents", "psii");

    @Inject
    AgroalDataSource dataSource;

    /**
     * Counts {@code incidentId} under {@code measure} once, in the month it was first counted under any measure
     * (its report), else in {@code month}.
     */
    public void count(String incidentId, String providerOds, String measure, YearMonth month) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement(
                        "INSERT INTO trend_incident (incident_id, measure, provider_ods, month)"
                                + " SELECT ?, ?, ?, coalesce((SELECT min(month) FROM trend_incident WHERE incident_id = ?), ?)"
                                + " ON CONFLICT DO NOTHING RETURNING month");
                PreparedStatement add = connection.prepareStatement(
                        "INSERT INTO trend_month (provider_ods, measure, month, count) VALUES (?, ?, ?, 1)"
                                + " ON CONFLICT (provider_ods, measure, month) DO UPDATE SET count = trend_month.count + 1")) {
            claim.setString(1, incidentId);
            claim.setString(2, measure);
            claim.setString(3, providerOds);
            claim.setString(4, incidentId);
            claim.setObject(5, month.atDay(1));
            try (ResultSet claimed = claim.executeQuery()) {
                if (!claimed.next()) {
                    return;
                }
                add.setString(1, providerOds);
                add.setString(2, measure);
                add.setObject(3, claimed.getObject(1, LocalDate.class));
                add.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("A trend count could not be written", e);
        }
    }

    /** Each month from {@code from} to {@code to}, with its count (zero where nothing was counted). */
    public List<Map.Entry<YearMonth, Integer>> series(
            String providerOds, String measure, YearMonth from, YearMonth to) {
        Map<YearMonth, Integer> counts = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            counts.put(m, 0);
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT month, count FROM trend_month WHERE provider_ods = ? AND measure = ?"
                                + " AND month BETWEEN ? AND ?")) {
            query.setString(1, providerOds);
            query.setString(2, measure);
            query.setObject(3, from.atDay(1));
            query.setObject(4, to.atDay(1));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(YearMonth.from(rows.getObject(1, LocalDate.class)), rows.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Trend counts could not be read", e);
        }
        return List.copyOf(counts.entrySet());
    }

    /** The rising special-cause rules: more incidents than the process explains. */
    static final java.util.Set<XmrChart.Signal> RISING = java.util.EnumSet.of(
            XmrChart.Signal.ABOVE_UPPER_LIMIT, XmrChart.Signal.RUN_ABOVE_MEAN, XmrChart.Signal.TREND_UP);
    /** Months charted, and of the months before the last how many must have counts for there to be a process. */
    static final int CHART_MONTHS = 12;

    static final int MONTHS_WITH_DATA = 6;

    /**
     * The rising signals of {@code month}'s point on the provider's 12-month chart ending there; none while fewer
     * than 6 of the 11 months before it have any count (too little history for a special cause to mean anything).
     */
    public List<String> risingSignals(String providerOds, String measure, YearMonth month) {
        List<Map.Entry<YearMonth, Integer>> series =
                series(providerOds, measure, month.minusMonths(CHART_MONTHS - 1), month);
        long withData = series.subList(0, series.size() - 1).stream()
                .filter(e -> e.getValue() > 0)
                .count();
        if (withData < MONTHS_WITH_DATA) {
            return List.of();
        }
        XmrChart.Chart chart =
                XmrChart.of(series.stream().map(Map.Entry::getValue).toList());
        return chart.signals().get(series.size() - 1).stream()
                .filter(RISING::contains)
                .map(XmrChart.Signal::code)
                .toList();
    }
}
