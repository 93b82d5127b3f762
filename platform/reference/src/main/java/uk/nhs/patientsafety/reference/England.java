package uk.nhs.patientsafety.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Time in England, where every national timescale is counted: a date is a day in {@code Europe/London}, and
 * something due on a day is due by the end of that day there, whatever the season's offset from UTC.
 */
public final class England {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private England() {}

    /** The day in England at this instant. */
    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The first instant of a day in England. */
    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }

    /** The instant a day in England ends: what "due on this day" means. */
    public static Instant endOf(LocalDate date) {
        return startOf(date.plusDays(1));
    }
}
