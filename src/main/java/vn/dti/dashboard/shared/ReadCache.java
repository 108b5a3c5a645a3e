package vn.dti.dashboard.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the in-memory copies of rarely changed tables (the indicator catalogue, the unit tree) need to stay
 * right: a writing transaction reads the table itself (it may hold its own uncommitted change), and a copy is
 * dropped again after the change commits (a reader that loaded the old rows meanwhile must not keep them).
 */
public final class ReadCache {

    private ReadCache() {
    }

    /** Inside a transaction that may write: read the database, neither use nor fill a copy. */
    public static boolean inWritingTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    /** Runs the action after the current transaction commits, or never when there is none to wait for. */
    public static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        }
    }
}
