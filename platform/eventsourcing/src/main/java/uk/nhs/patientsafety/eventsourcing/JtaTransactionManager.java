package uk.nhs.patientsafety.eventsourcing;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * Axon transactions over Narayana JTA: begins a transaction when none is active and joins the caller's otherwise.
 *
 * <p>Joining is what makes a REST call, the events it appends and a deadline it schedules commit together; a
 * joined transaction is committed or rolled back by whoever began it, and a failure only marks it rollback-only.
 */
final class JtaTransactionManager implements TransactionManager {

    private final jakarta.transaction.TransactionManager jta;

    JtaTransactionManager(jakarta.transaction.TransactionManager jta) {
        this.jta = jta;
    }

    @Override
    public org.axonframework.common.transaction.Transaction startTransaction() {
        try {
            if (jta.getStatus() == Status.STATUS_NO_TRANSACTION) {
                jta.begin();
                return new Owned();
            }
            return new Joined();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start or join a JTA transaction", e);
        }
    }

    private final class Owned implements org.axonframework.common.transaction.Transaction {
        @Override
        public void commit() {
            try {
                jta.commit();
            } catch (Exception e) {
                throw new IllegalStateException("JTA commit failed", e);
            }
        }

        @Override
        public void rollback() {
            try {
                jta.rollback();
            } catch (SystemException e) {
                throw new IllegalStateException("JTA rollback failed", e);
            }
        }
    }

    private final class Joined implements org.axonframework.common.transaction.Transaction {
        @Override
        public void commit() {
            // The owner of the transaction commits it.
        }

        @Override
        public void rollback() {
            try {
                jta.setRollbackOnly();
            } catch (SystemException e) {
                throw new IllegalStateException("Could not mark the JTA transaction rollback-only", e);
            }
        }
    }

    /**
     * Transactions of their own: a caller's transaction is suspended and resumed afterwards. Axon's retry of a dead
     * letter nests one unit of work in another; joined, a failed letter would doom the outer transaction that
     * records the failure.
     */
    TransactionManager requiresNew() {
        return () -> {
            try {
                Transaction suspended = jta.getStatus() == Status.STATUS_NO_TRANSACTION ? null : jta.suspend();
                jta.begin();
                Owned own = new Owned();
                return new org.axonframework.common.transaction.Transaction() {
                    @Override
                    public void commit() {
                        try {
                            own.commit();
                        } finally {
                            resume(suspended);
                        }
                    }

                    @Override
                    public void rollback() {
                        try {
                            own.rollback();
                        } finally {
                            resume(suspended);
                        }
                    }
                };
            } catch (Exception e) {
                throw new IllegalStateException("Could not start a JTA transaction of its own", e);
            }
        };
    }

    private void resume(Transaction suspended) {
        if (suspended != null) {
            try {
                jta.resume(suspended);
            } catch (Exception e) {
                throw new IllegalStateException("Could not resume the suspended JTA transaction", e);
            }
        }
    }
}
