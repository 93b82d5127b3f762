package uk.nhs.patientsafety.reference.calendar;

import static java.time.temporal.TemporalAdjusters.firstInMonth;
import static java.time.temporal.TemporalAdjusters.lastInMonth;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import uk.nhs.patientsafety.reference.ReferenceFiles;

/**
 * Working days in England and Wales: Monday to Friday except bank holidays (DOMAIN §10.1). Bank holidays come from
 * the versioned data file, which carries the one-off changes no rule can predict; years outside the file fall back
 * to the standard rules. Counting starts after the trigger date: day 0 is the trigger, day 1 the next working day.
 */
@ApplicationScoped
public class WorkingDayCalendar {

    public static final String DATA_FILE = "platform/reference/bank-holidays-england-and-wales.json";

    private final String version;
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    public WorkingDayCalendar() {
        this(ReferenceFiles.readResource(DATA_FILE));
    }

    private WorkingDayCalendar(JsonNode data) {
        this.version = ReferenceFiles.requiredText(data, "version");
        Map<Integer, Set<LocalDate>> fromData = new HashMap<>();
        data.required("years").fields().forEachRemaining(year -> {
            Set<LocalDate> dates = new TreeSet<>();
            year.getValue()
                    .forEach(holiday -> dates.add(LocalDate.parse(ReferenceFiles.requiredText(holiday, "date"))));
            fromData.put(Integer.valueOf(year.getKey()), Set.copyOf(dates));
        });
        holidaysByYear.putAll(fromData);
    }

    public static WorkingDayCalendar fromJson(InputStream json) {
        return new WorkingDayCalendar(ReferenceFiles.read(json));
    }

    public String version() {
        return version;
    }

    /** Bank holidays of a year: from the data file if it has the year, else from the standard rules. */
    public Set<LocalDate> bankHolidays(int year) {
        return holidaysByYear.computeIfAbsent(year, WorkingDayCalendar::standardBankHolidays);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY
                && day != DayOfWeek.SUNDAY
                && !bankHolidays(date.getYear()).contains(date);
    }

    /** The n-th working day after {@code from} ({@code from} itself when n is 0; backwards when n is negative). */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            return minusWorkingDays(from, -n);
        }
        LocalDate date = from;
        for (int counted = 0; counted < n; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** The n-th working day before {@code from}. */
    public LocalDate minusWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            return plusWorkingDays(from, -n);
        }
        LocalDate date = from;
        for (int counted = 0; counted < n; ) {
            date = date.minusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** Working days in (fromExclusive, toInclusive]; negative when {@code toInclusive} is earlier. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate date = fromExclusive.plusDays(1); !date.isAfter(toInclusive); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /** The standard England and Wales rules (DOMAIN §10.1); they know nothing of one-off changes. */
    public static Set<LocalDate> standardBankHolidays(int year) {
        Set<LocalDate> holidays = new TreeSet<>();
        holidays.add(mondayIfWeekend(LocalDate.of(year, Month.JANUARY, 1)));
        LocalDate easter = easterSunday(year);
        holidays.add(easter.minusDays(2));
        holidays.add(easter.plusDays(1));
        holidays.add(LocalDate.of(year, Month.MAY, 1).with(firstInMonth(DayOfWeek.MONDAY)));
        holidays.add(LocalDate.of(year, Month.MAY, 1).with(lastInMonth(DayOfWeek.MONDAY)));
        holidays.add(LocalDate.of(year, Month.AUGUST, 1).with(lastInMonth(DayOfWeek.MONDAY)));
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        switch (christmas.getDayOfWeek()) {
            case SATURDAY -> holidays.addAll(Set.of(christmas.plusDays(2), christmas.plusDays(3)));
            case SUNDAY -> holidays.addAll(Set.of(christmas.plusDays(1), christmas.plusDays(2)));
            case FRIDAY -> holidays.addAll(Set.of(christmas, christmas.plusDays(3)));
            default -> holidays.addAll(Set.of(christmas, christmas.plusDays(1)));
        }
        return Set.copyOf(holidays);
    }

    private static LocalDate mondayIfWeekend(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    /** Gregorian Easter Sunday (the anonymous Gregorian computus, also known as Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
