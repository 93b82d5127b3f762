package uk.nhs.patientsafety.incident.write.intake;

import java.sql.SQLException;
import org.axonframework.modelling.command.ConcurrencyException;

/** Recognises a unique-key collision with a concurrent request, which intake answers by trying once more. */
final class Duplicates {

    private static final String UNIQUE_VIOLATION = "23505";

    private Duplicates() {}

    static boolean isCollision(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (t instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }

    /** An SQL failure carried unchecked through the transaction boundary. */
    static final class Wrapped extends RuntimeException {
        Wrapped(SQLException cause) {
            super(cause);
        }
    }
}
