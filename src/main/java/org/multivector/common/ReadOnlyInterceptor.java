package org.multivector.common;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import org.hibernate.FlushMode;
import org.hibernate.Session;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;

/** Runs {@link ReadOnly} methods in a read-only transaction of their own. */
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
        if (inTransaction()) {
            return context.proceed();
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                session.setDefaultReadOnly(true);
                session.setHibernateFlushMode(FlushMode.MANUAL);
                return context.proceed();
            });
        } catch (QuarkusTransactionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private boolean inTransaction() throws SystemException {
        return transactionManager.getStatus() != Status.STATUS_NO_TRANSACTION;
    }
}
