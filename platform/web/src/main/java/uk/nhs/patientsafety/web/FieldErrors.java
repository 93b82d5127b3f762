package uk.nhs.patientsafety.web;

import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Collects the invalid fields of a request body or query, to answer them all at once as a problem's {@code errors}
 * ({@link Problem.FieldError}). One error per field: the first one recorded for a field is kept and later ones for it
 * are ignored, so a value that is missing is reported as missing and not also as too short. Errors are listed in the
 * order their fields were first reported.
 *
 * <p>The checks record an error and hand the value back, so that they can sit where the value is used:
 *
 * <pre>{@code
 * FieldErrors errors = new FieldErrors();
 * String reason = errors.maxLength("reason", errors.required("reason", body.reason()), 2000);
 * int size = errors.wholeNumber("size", query.size(), 20, 1, 100);
 * FieldErrors patient = errors.at("patients", 0);       // records "patients[0].nhsNumber"
 * patient.oneOf("physicalHarm", p.physicalHarm(), Set.of("1", "2", "3", "4", "5"));
 * errors.throwIfAny("The request has invalid fields.");  // 400 problem+json naming every field
 * }</pre>
 *
 * Every check but the {@code required} ones lets {@code null} (an absent value) pass: combine them with
 * {@link #required} where a value must be given. Messages say what is expected and never repeat the value, which may
 * hold patient details. Not thread-safe: one per request.
 */
public final class FieldErrors {

    private final Map<String, String> byField;
    private final String prefix;

    public FieldErrors() {
        this(new LinkedHashMap<>(), "");
    }

    private FieldErrors(Map<String, String> byField, String prefix) {
        this.byField = byField;
        this.prefix = prefix;
    }

    /**
     * The same collector, naming fields inside {@code path}: {@code at("risk").add("theme", …)} records
     * {@code risk.theme}; {@code at("patients[0]")} or {@code at("patients", 0)} records {@code patients[0].name}.
     */
    public FieldErrors at(String path) {
        return new FieldErrors(byField, field(Objects.requireNonNull(path, "path")));
    }

    /** As {@link #at(String)}, for element {@code index} of the list {@code field}: {@code field[index]}. */
    public FieldErrors at(String field, int index) {
        return at(field + "[" + index + "]");
    }

    /** Records {@code message} for {@code field}, unless the field already has an error. */
    public FieldErrors add(String field, String message) {
        byField.putIfAbsent(field(Objects.requireNonNull(field, "field")), Objects.requireNonNull(message, "message"));
        return this;
    }

    /** Records the problem a check found, if it found one: e.g. {@code add("reason", FreeText.problem(reason))}. */
    public FieldErrors add(String field, Optional<String> problem) {
        problem.ifPresent(message -> add(field, message));
        return this;
    }

    /** {@code null}, or a blank string, is "is required". */
    public <T> T required(String field, T value) {
        return required(field, value, "is required");
    }

    /** {@code null}, or a blank string, is {@code message}. */
    public <T> T required(String field, T value, String message) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            add(field, message);
        }
        return value;
    }

    /** A string that is given but blank is "must not be blank"; {@code null} passes. */
    public String notBlank(String field, String value) {
        return notBlank(field, value, "must not be blank");
    }

    /** A string that is given but blank is {@code message}; {@code null} passes. */
    public String notBlank(String field, String value, String message) {
        if (value != null && value.isBlank()) {
            add(field, message);
        }
        return value;
    }

    /**
     * More than {@code max} characters is "must be at most {@code max} characters (got n)". Characters are Unicode
     * code points, as a person counts them: an emoji is one.
     */
    public String maxLength(String field, String value, int max) {
        if (value != null) {
            int length = value.codePointCount(0, value.length());
            if (length > max) {
                add(field, "must be at most " + max + " characters (got " + length + ")");
            }
        }
        return value;
    }

    /** A value outside {@code allowed} is "must be one of [a, b, c]" (sorted). */
    public String oneOf(String field, String value, Collection<String> allowed) {
        return valid(
                field,
                value,
                allowed::contains,
                "one of " + allowed.stream().sorted().toList());
    }

    /**
     * A value that {@code valid} refuses is "must be " + {@code expected}: e.g. {@code valid(field, code,
     * OdsCode::isValid, "an ODS code such as RT5")}.
     */
    public <T> T valid(String field, T value, Predicate<? super T> valid, String expected) {
        if (value != null && !valid.test(value)) {
            add(field, "must be " + expected);
        }
        return value;
    }

    /**
     * A query parameter read with {@code parse}: empty when absent, and also when {@code parse} throws, which is
     * recorded as "must be " + {@code expected}. Never throws.
     */
    public <T> Optional<T> parse(String field, String value, Function<String, T> parse, String expected) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(value));
        } catch (RuntimeException e) {
            add(field, "must be " + expected);
            return Optional.empty();
        }
    }

    /** An ISO date ({@code 2026-11-20}); otherwise "must be a date such as 2026-11-20". */
    public Optional<LocalDate> date(String field, String value) {
        return parse(field, value, LocalDate::parse, "a date such as 2026-11-20");
    }

    /** An ISO instant ({@code 2026-11-20T09:00:00Z}); otherwise "must be an instant such as 2026-11-20T09:00:00Z". */
    public Optional<Instant> instant(String field, String value) {
        return parse(field, value, Instant::parse, "an instant such as 2026-11-20T09:00:00Z");
    }

    /** Exactly {@code true} or {@code false}; otherwise "must be true or false". */
    public Optional<Boolean> bool(String field, String value) {
        return parse(
                field,
                value,
                text -> switch (text) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException();
                },
                "true or false");
    }

    /**
     * A whole number from {@code min} to {@code max}; {@code fallback} when absent, and also when invalid, which is
     * recorded as "must be a whole number from min to max".
     */
    public int wholeNumber(String field, String value, int fallback, int min, int max) {
        return parse(
                        field,
                        value,
                        text -> {
                            int parsed = Integer.parseInt(text);
                            if (parsed < min || parsed > max) {
                                throw new IllegalArgumentException();
                            }
                            return parsed;
                        },
                        "a whole number from " + min + " to " + max)
                .orElse(fallback);
    }

    /** Whether {@code field} (inside this collector's path) has an error. */
    public boolean has(String field) {
        return byField.containsKey(field(field));
    }

    /** Whether no error has been recorded, under any path. */
    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** Every error recorded, under any path, in the order the fields were first reported. */
    public List<Problem.FieldError> toList() {
        List<Problem.FieldError> list = new ArrayList<>();
        byField.forEach((field, message) -> list.add(new Problem.FieldError(field, message)));
        return List.copyOf(list);
    }

    /** Throws a 400 problem ({@code about:blank}, "Bad Request") with {@code detail} and every error, if any. */
    public void throwIfAny(String detail) {
        throwIfAny(Problem.of(Response.Status.BAD_REQUEST, detail));
    }

    /**
     * Throws {@code problem} with every error attached, if any: for a problem with its own type, e.g.
     * {@code Problem.typed("invalid-query", 400, "Invalid query", "The query has invalid parameters.")}.
     */
    public void throwIfAny(Problem problem) {
        if (!isEmpty()) {
            throw new ProblemException(problem.withErrors(toList()));
        }
    }

    private String field(String name) {
        if (prefix.isEmpty()) {
            return name;
        }
        return name.startsWith("[") ? prefix + name : prefix + "." + name;
    }
}
