package org.multivector.persistence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Notes which records each transaction changes: a JPA listener on every {@link KnowledgeEntity}
 * (inserts, updates and deletes through Hibernate, the bulk import's batches included), and
 * {@link #touched} for bulk deletes that bypass it. Once the transaction has flushed, its
 * {@link ChangeLog} rows are written on its own connection (Hibernate's before-completion
 * process, as Envers writes its audit rows), so they commit or roll back with it; after a commit,
 * and only then, {@link ChangesCommitted} is fired.
 */
public class ChangeCapture {

    private static final Logger LOG = Logger.getLogger(ChangeCapture.class);

    private static final Object RESOURCE = ChangeCapture.class;

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(KnowledgeEntity entity) {
        touched(entity.changedRecord());
    }

    /** Notes a change of the record in the current transaction. */
    public static void touched(EntityKey key) {
        if (key != null) {
            current().add(key);
        }
    }

    private static Set<EntityKey> current() {
        TransactionSynchronizationRegistry registry = Arc.container().instance(TransactionSynchronizationRegistry.class)
                .get();
        @SuppressWarnings("unchecked")
        Set<EntityKey> keys = (Set<EntityKey>) registry.getResource(RESOURCE);
        if (keys == null) {
            Set<EntityKey> created = new LinkedHashSet<>();
            registry.putResource(RESOURCE, created);
            register(created);
            keys = created;
        }
        return keys;
    }

    private static void register(Set<EntityKey> keys) {
        TransactionCompletionCallbacks callbacks = Panache.getEntityManager().unwrap(SessionImplementor.class)
                .getTransactionCompletionCallbacks();
        List<Long> written = new ArrayList<>();
        callbacks.registerCallback((BeforeCompletionCallback) session -> session.doWork(connection -> {
            if (!keys.isEmpty()) {
                written.addAll(ChangeLog.write(connection, keys));
            }
        }));
        callbacks.registerCallback((AfterCompletionCallback) (success, session) -> {
            if (success && !keys.isEmpty()) {
                try {
                    Arc.container().beanManager().getEvent().select(ChangesCommitted.class)
                            .fire(new ChangesCommitted(Set.copyOf(keys), List.copyOf(written)));
                } catch (RuntimeException e) {
                    // The data is committed and the change log says what changed: followers catch up from it.
                    LOG.warn("Notifying the followers of a committed change failed; they catch up from the change log", e);
                }
            }
        });
    }
}
