package uk.nhs.patientsafety.reference.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deadline length in its own unit (DOMAIN §10.1): working days, calendar days or months never convert into one
 * another, so "6 months" stays months. Written as {@code 2WD}, {@code 20CD} or {@code 6M} in configuration.
 */
public record ClockDuration(int value, Unit unit) {

    public enum Unit {
        WORKING_DAYS("WD"),
        CALENDAR_DAYS("CD"),
        MONTHS("M");

        private final String suffix;

        Unit(String suffix) {
            this.suffix = suffix;
        }
    }

    private static final Pattern TEXT = Pattern.compile("(\\d{1,4})(WD|CD|M)");

    public ClockDuration {
        Objects.requireNonNull(unit, "unit");
        if (value < 0) {
            throw new IllegalArgumentException("a clock duration cannot be negative: " + value);
        }
    }

    /** Parses {@code 2WD}, {@code 20CD} or {@code 6M}: a whole number followed by the unit, nothing else. */
    public static ClockDuration parse(String text) {
        Matcher matcher = text == null ? null : TEXT.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("not a clock duration: '" + text
                    + "'; expected a whole number followed by WD (working days), CD (calendar days) or M (months),"
                    + " e.g. 2WD, 20CD, 6M");
        }
        int value = Integer.parseInt(matcher.group(1));
        for (Unit unit : Unit.values()) {
            if (unit.suffix.equals(matcher.group(2))) {
                return new ClockDuration(value, unit);
            }
        }
        throw new AssertionError("the pattern admits only known units");
    }

    public LocalDate addTo(LocalDate start, WorkingDayCalendar calendar) {
        return switch (unit) {
            case WORKING_DAYS -> calendar.plusWorkingDays(start, value);
            case CALENDAR_DAYS -> start.plusDays(value);
            case MONTHS -> start.plusMonths(value);
        };
    }

    public LocalDate subtractFrom(LocalDate end, WorkingDayCalendar calendar) {
        return switch (unit) {
            case WORKING_DAYS -> calendar.minusWorkingDays(end, value);
            case CALENDAR_DAYS -> end.minusDays(value);
            case MONTHS -> end.minusMonths(value);
        };
    }

    /** The configuration form, e.g. {@code 60WD}. */
    public String text() {
        return value + unit.suffix;
    }
}
