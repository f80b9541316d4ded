package org.multivector.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;

import org.jboss.logging.Logger;

/**
 * The one read-only transaction of a GraphQL query operation. The operation opens it on its
 * thread ({@link #open()}); the first {@link ReadOnly} read of any of its fields begins it, every
 * later read joins it, and the end of the operation commits it (it has written nothing). A query
 * that reads at four levels so begins and ends one transaction instead of four, each of which cost
 * about 5% of a list query (bench/RESULTS.md). Mutations open none: each mutation field's service
 * method commits or rolls back its own writes. The operation runs on one worker thread from start
 * to end (every fetcher answers synchronously), which is where its transaction is bound.
 */
public final class QueryTransaction {

    private static final Logger LOG = Logger.getLogger(QueryTransaction.class);

    private static final ThreadLocal<QueryTransaction> CURRENT = new ThreadLocal<>();

    private final Thread thread = Thread.currentThread();
    private TransactionManager begunWith;

    private QueryTransaction() {
    }

    /**
     * Opens the transaction scope of a query operation on this thread; the operation {@link #end()}s
     * it when it completes.
     */
    public static QueryTransaction open() {
        endLeftOver();
        QueryTransaction scope = new QueryTransaction();
        CURRENT.set(scope);
        return scope;
    }

    /**
     * Ends the scope an earlier query operation left on this thread, having completed on another
     * thread, where it could not end it; any operation calls this as it starts.
     */
    public static void endLeftOver() {
        QueryTransaction left = CURRENT.get();
        if (left != null) {
            left.end();
        }
    }

    /** The query operation running on this thread whose transaction is not begun yet, or null. */
    static QueryTransaction awaitingBegin() {
        QueryTransaction scope = CURRENT.get();
        return scope == null || scope.begunWith != null ? null : scope;
    }

    /** Begins the operation's transaction on this thread; the caller makes its session read-only. */
    void begin(TransactionManager transactionManager) throws Exception {
        transactionManager.begin();
        begunWith = transactionManager;
    }

    /** Ends the scope, committing its transaction if one was begun. */
    public void end() {
        if (Thread.currentThread() != thread) {
            LOG.warnf("A query operation completed on %s, not on %s where its transaction is bound: it ends with the"
                    + " next operation there", Thread.currentThread().getName(), thread.getName());
            return;
        }
        CURRENT.remove();
        if (begunWith != null) {
            try {
                // Committed, though it wrote nothing: after rollbacks H2 no longer reused the
                // results it keeps of repeated queries (Q1 profile: H2's query execution went
                // from 2% to 31% of samples).
                if (begunWith.getStatus() == Status.STATUS_ACTIVE) {
                    begunWith.commit();
                } else {
                    begunWith.rollback();
                }
            } catch (Exception e) {
                LOG.error("Could not end the read-only transaction of a query operation", e);
            }
        }
    }
}
