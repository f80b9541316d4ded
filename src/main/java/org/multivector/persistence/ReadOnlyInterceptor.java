package org.multivector.persistence;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.CacheStoreMode;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;

import org.hibernate.FlushMode;
import org.hibernate.Session;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;

/**
 * Runs {@link ReadOnly} methods in a read-only transaction: the one of the GraphQL query
 * operation they serve ({@link QueryTransaction}), begun by the first of them; the caller's, when
 * one is active; else one of their own, as when the caller's is marked for rollback after a
 * failed field.
 */
@ReadOnly
@Interceptor
// Before the @Transactional interceptor (PLATFORM_BEFORE + 200), which then joins this transaction.
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ReadOnlyInterceptor {

    @Inject
    TransactionManager transactionManager;

    @Inject
    Session session;

    @AroundInvoke
    Object readOnly(InvocationContext context) throws Exception {
        int status = transactionManager.getStatus();
        if (status == Status.STATUS_ACTIVE) {
            return context.proceed();
        }
        QueryTransaction query = status == Status.STATUS_NO_TRANSACTION ? QueryTransaction.awaitingBegin() : null;
        if (query != null) {
            query.begin(transactionManager);
            readOnlySession();
            return context.proceed();
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                readOnlySession();
                return context.proceed();
            });
        } catch (QuarkusTransactionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Loads entities read-only and never flushes: Hibernate keeps no snapshots to dirty-check. Reads
     * take entities from the second-level cache but do not put them there: the lookups by id that
     * fill it say so themselves ({@code CacheStoreMode.USE}); putting every listed row costs a list
     * more than it saves (the service alone on tier M's data: Q1 at 0.83x; bench/RESULTS.md).
     */
    private void readOnlySession() {
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        session.setCacheStoreMode(CacheStoreMode.BYPASS);
    }
}
