package uk.nhs.patientsafety.eventsourcing.readmodel;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One row a read model read, by column label, read eagerly so that the connection is closed: PostgreSQL arrays as
 * lists, {@code jsonb} as its text, timestamps as {@link Instant}s and dates as {@link LocalDate}s.
 */
public record SqlRow(Map<String, Object> columns) {

    public Object get(String column) {
        return columns.get(column);
    }

    public String text(String column) {
        Object value = columns.get(column);
        return value == null ? null : value.toString();
    }

    public Instant instant(String column) {
        Object value = columns.get(column);
        return value == null ? null : ((Timestamp) value).toInstant();
    }

    public LocalDate date(String column) {
        Object value = columns.get(column);
        return value == null ? null : ((java.sql.Date) value).toLocalDate();
    }

    public Boolean bool(String column) {
        return (Boolean) columns.get(column);
    }

    /** A boolean column read as false when null. */
    public boolean flag(String column) {
        return Boolean.TRUE.equals(columns.get(column));
    }

    public Integer integer(String column) {
        Object value = columns.get(column);
        return value == null ? null : ((Number) value).intValue();
    }

    public Long number(String column) {
        Object value = columns.get(column);
        return value == null ? null : ((Number) value).longValue();
    }

    @SuppressWarnings("unchecked")
    public List<String> texts(String column) {
        Object value = columns.get(column);
        return value == null ? List.of() : (List<String>) value;
    }
}
