package uk.nhs.patientsafety.assurance.read.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.nhs.patientsafety.assurance.read.trends.XmrChart.Signal;

/** The Making Data Count XmR rules on known series. */
class XmrChartTest {

    static List<Integer> indexesWith(XmrChart.Chart chart, Signal signal) {
        return IntStream.range(0, chart.signals().size())
                .filter(i -> chart.signals().get(i).contains(signal))
                .boxed()
                .toList();
    }

    @Test
    void meanAndLimitsAreTheMeanPlusOrMinus266MeanMovingRanges() {
        // Moving ranges all 2: mean MR 2; mean 11; limits 11 ± 5.32.
        XmrChart.Chart chart = XmrChart.of(List.of(10, 12, 10, 12, 10, 12));

        assertThat(chart.mean()).isCloseTo(11.0, within(1e-9));
        assertThat(chart.upperLimit()).isCloseTo(16.32, within(1e-9));
        assertThat(chart.lowerLimit()).isCloseTo(5.68, within(1e-9));
        assertThat(chart.specialCause()).isFalse();
    }

    @Test
    void aPointBeyondALimitIsASpecialCause() {
        List<Integer> series = List.of(5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 30);
        XmrChart.Chart chart = XmrChart.of(series);

        // Mean 7.385; MR: eleven 1s and one 24 → 35/12 = 2.917; UPL ≈ 15.14.
        assertThat(chart.upperLimit()).isCloseTo(7.384615 + 2.66 * 35.0 / 12, within(1e-5));
        assertThat(indexesWith(chart, Signal.ABOVE_UPPER_LIMIT)).containsExactly(12);
        assertThat(indexesWith(chart, Signal.BELOW_LOWER_LIMIT)).isEmpty();
    }

    @Test
    void sevenPointsOnOneSideOfTheMeanAreARunAndSixAreNot() {
        List<Integer> seven = List.of(10, 10, 10, 10, 10, 10, 10, 2, 2, 2, 2, 2, 2, 2);
        XmrChart.Chart chart = XmrChart.of(seven);
        assertThat(indexesWith(chart, Signal.RUN_ABOVE_MEAN)).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(indexesWith(chart, Signal.RUN_BELOW_MEAN)).containsExactly(7, 8, 9, 10, 11, 12, 13);

        XmrChart.Chart six = XmrChart.of(List.of(10, 10, 10, 10, 10, 10, 2, 2, 2, 2, 2, 2));
        assertThat(indexesWith(six, Signal.RUN_ABOVE_MEAN)).isEmpty();
        assertThat(indexesWith(six, Signal.RUN_BELOW_MEAN)).isEmpty();
    }

    @Test
    void aPointOnTheMeanEndsARun() {
        // Four 7s, a 6, four 7s, eight 5s: the mean is exactly 6, so the 6 splits the points above into two runs of 4.
        List<Integer> split = List.of(7, 7, 7, 7, 6, 7, 7, 7, 7, 5, 5, 5, 5, 5, 5, 5, 5);
        XmrChart.Chart chart = XmrChart.of(split);
        assertThat(chart.mean()).isCloseTo(6.0, within(1e-9));
        assertThat(indexesWith(chart, Signal.RUN_ABOVE_MEAN)).isEmpty();
        assertThat(indexesWith(chart, Signal.RUN_BELOW_MEAN)).containsExactly(9, 10, 11, 12, 13, 14, 15, 16);

        // With a 7 in its place the nine points above the mean (103/17) are one run.
        List<Integer> whole = List.of(7, 7, 7, 7, 7, 7, 7, 7, 7, 5, 5, 5, 5, 5, 5, 5, 5);
        assertThat(indexesWith(XmrChart.of(whole), Signal.RUN_ABOVE_MEAN)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void sixPointsEachHigherThanTheLastAreATrendAndAnEqualPointEndsIt() {
        XmrChart.Chart rising = XmrChart.of(List.of(5, 4, 5, 6, 7, 8, 9, 6, 5));
        assertThat(indexesWith(rising, Signal.TREND_UP)).containsExactly(1, 2, 3, 4, 5, 6);

        XmrChart.Chart flat = XmrChart.of(List.of(4, 5, 6, 6, 7, 8, 9));
        assertThat(indexesWith(flat, Signal.TREND_UP)).isEmpty();

        XmrChart.Chart falling = XmrChart.of(List.of(9, 8, 7, 6, 5, 4, 6));
        assertThat(indexesWith(falling, Signal.TREND_DOWN)).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(XmrChart.of(List.of(9, 8, 7, 6, 5, 6)).signals()).allMatch(Set::isEmpty);
    }

    @Test
    void emptyAndSinglePointSeriesHaveNoSignals() {
        assertThat(XmrChart.of(List.of()).signals()).isEmpty();
        XmrChart.Chart one = XmrChart.of(List.of(3));
        assertThat(one.mean()).isEqualTo(3.0);
        assertThat(one.specialCause()).isFalse();
    }
}
