package uk.nhs.patientsafety.eventsourcing.inbound;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Tells a transient failure, worth retrying, from a poison message. Transient when anything in the failure's cause
 * chain (causes, suppressed exceptions, chained SQL exceptions) is:
 *
 * <ul>
 *   <li>an {@link SQLException} whose SQLState is class {@code 08} (connection exception) or {@code 40001}
 *       (serialization failure) or {@code 40P01} (deadlock), or a {@link SQLTransientException} /
 *       {@link SQLRecoverableException};
 *   <li>a {@link ConnectException} (connection refused);
 *   <li>Axon's {@link ConcurrencyException} (another command appended to the aggregate first) or
 *       {@link LockAcquisitionFailedException};
 *   <li>an optimistic-lock exception ({@code OptimisticLockException} by name, e.g. JPA's);
 *   <li>a service exception implementing {@link TransientFailure}.
 * </ul>
 *
 * Everything else, a broken domain rule included, is poison. A JTA rollback is judged by what caused it.
 */
public final class Failures {

    private static final int MAX_DEPTH = 32;

    private Failures() {}

    public static boolean isTransient(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        add(pending, failure);
        while (!pending.isEmpty() && seen.size() < MAX_DEPTH) {
            Throwable t = pending.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (isTransientItself(t)) {
                return true;
            }
            add(pending, t.getCause());
            if (t instanceof SQLException sql) {
                add(pending, sql.getNextException());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                add(pending, suppressed);
            }
        }
        return false;
    }

    private static void add(Deque<Throwable> pending, Throwable t) {
        if (t != null) {
            pending.add(t);
        }
    }

    private static boolean isTransientItself(Throwable t) {
        if (t instanceof TransientFailure
                || t instanceof ConcurrencyException
                || t instanceof LockAcquisitionFailedException
                || t instanceof ConnectException
                || t instanceof SQLTransientException
                || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql && isTransientState(sql.getSQLState())) {
            return true;
        }
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    static boolean isTransientState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("40001") || sqlState.equals("40P01"));
    }
}
