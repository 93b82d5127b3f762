package uk.nhs.patientsafety.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The wire names of a context's lifecycle actions (ADR 7: one endpoint per action): the enum constant in lower case
 * with hyphens, {@code REQUEST_CLOCK_STOP} → {@code request-clock-stop}. Each context's Action table says which
 * action is allowed when and by whom; this only names them, once for every table.
 */
public final class ActionCodes {

    private ActionCodes() {}

    public static String of(Enum<?> action) {
        return action.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The action with that wire name, if any. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> table, String code) {
        return EnumSet.allOf(table).stream().filter(a -> of(a).equals(code)).findFirst();
    }

    /** The wire names of the actions that {@code allowed} admits, in the table's order (for a 409's allowedActions). */
    public static <E extends Enum<E>> List<String> allowed(Class<E> table, Predicate<E> allowed) {
        return EnumSet.allOf(table).stream()
                .filter(allowed)
                .map(ActionCodes::of)
                .toList();
    }
}
