package uk.nhs.patientsafety.assurance.read.trends;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An XmR (individuals and moving range) chart as NHS England's "Making Data Count" draws it: the mean, process limits
 * at mean ± 2.66 × the mean moving range, and the special-cause rules asked of it (DOMAIN §13 G4): a point beyond a
 * limit, a run of 7 or more points on one side of the mean (a point on the mean ends a run), a trend of 6 or more
 * points each higher (or each lower) than the one before (an equal point ends a trend). A pure function.
 */
public final class XmrChart {

    static final double LIMIT_FACTOR = 2.66;
    static final int RUN = 7;
    static final int TREND = 6;

    public enum Signal {
        ABOVE_UPPER_LIMIT,
        BELOW_LOWER_LIMIT,
        RUN_ABOVE_MEAN,
        RUN_BELOW_MEAN,
        TREND_UP,
        TREND_DOWN;

        public String code() {
            return name().toLowerCase();
        }
    }

    /** The chart: its centre line and limits, and each point's signals (empty for common-cause variation). */
    public record Chart(double mean, double upperLimit, double lowerLimit, List<Set<Signal>> signals) {
        public boolean specialCause() {
            return signals.stream().anyMatch(s -> !s.isEmpty());
        }
    }

    private XmrChart() {}

    public static Chart of(List<? extends Number> series) {
        int n = series.size();
        if (n == 0) {
            return new Chart(0, 0, 0, List.of());
        }
        double[] x = series.stream().mapToDouble(Number::doubleValue).toArray();
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double movingRange = 0;
        for (int i = 1; i < n; i++) {
            movingRange += Math.abs(x[i] - x[i - 1]);
        }
        movingRange = n > 1 ? movingRange / (n - 1) : 0;
        double upper = mean + LIMIT_FACTOR * movingRange;
        double lower = mean - LIMIT_FACTOR * movingRange;

        List<Set<Signal>> signals = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            signals.add(EnumSet.noneOf(Signal.class));
        }
        for (int i = 0; i < n; i++) {
            if (x[i] > upper) {
                signals.get(i).add(Signal.ABOVE_UPPER_LIMIT);
            } else if (x[i] < lower) {
                signals.get(i).add(Signal.BELOW_LOWER_LIMIT);
            }
        }
        // Runs: maximal stretches strictly on one side of the mean.
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || side(x[i], mean) != side(x[start], mean) || side(x[i], mean) == 0) {
                int side = side(x[start], mean);
                if (side != 0 && i - start >= RUN) {
                    mark(signals, start, i, side > 0 ? Signal.RUN_ABOVE_MEAN : Signal.RUN_BELOW_MEAN);
                }
                start = i;
            }
        }
        // Trends: maximal stretches of points each strictly higher (or lower) than the one before.
        start = 0;
        int direction = 0;
        for (int i = 1; i <= n; i++) {
            int step = i == n ? 0 : Double.compare(x[i], x[i - 1]);
            if (i < n && step != 0 && (direction == 0 || step == direction)) {
                direction = step;
                continue;
            }
            if (direction != 0 && i - start >= TREND) {
                mark(signals, start, i, direction > 0 ? Signal.TREND_UP : Signal.TREND_DOWN);
            }
            // A change of direction starts the next trend at the turning point.
            start = step == 0 ? i : i - 1;
            direction = step;
        }
        return new Chart(mean, upper, lower, Collections.unmodifiableList(signals));
    }

    private static int side(double value, double mean) {
        return Double.compare(value, mean);
    }

    private static void mark(List<Set<Signal>> signals, int from, int to, Signal signal) {
        for (int i = from; i < to; i++) {
            signals.get(i).add(signal);
        }
    }
}
