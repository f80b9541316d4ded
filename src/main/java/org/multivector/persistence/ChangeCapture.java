package org.multivector.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * Notes which records each transaction changes, and how: a JPA listener on every
 * {@link KnowledgeEntity} (inserts, updates and deletes through Hibernate, the bulk import's
 * batches included), and {@link #touched}/{@link #updated} for bulk deletes that bypass it. Once
 * the transaction has flushed, its {@link ChangeLog} rows and its revision ({@link RevisionLog},
 * with the states {@link RecordStates} describes) are written on its own connection (Hibernate's
 * before-completion process, as Envers writes its audit rows), so they commit or roll back with
 * it; after a commit, and only then, {@link ChangesCommitted} is fired.
 */
public class ChangeCapture {

    private static final Logger LOG = Logger.getLogger(ChangeCapture.class);

    private static final Object RESOURCE = ChangeCapture.class;

    @PostPersist
    void created(KnowledgeEntity entity) {
        noted(entity, ChangeOperation.CREATED);
    }

    @PostUpdate
    void updated(KnowledgeEntity entity) {
        noted(entity, ChangeOperation.UPDATED);
    }

    @PostRemove
    void removed(KnowledgeEntity entity) {
        noted(entity, ChangeOperation.DELETED);
    }

    private static void noted(KnowledgeEntity entity, ChangeOperation operation) {
        Pending pending = current();
        EntityKey changed = entity.changedRecord();
        if (changed != null) {
            pending.searchKeys.add(changed);
        }
        EntityKey revised = entity.revisedRecord();
        if (revised != null) {
            // a name or a quote changes the record it belongs to, which is itself neither created nor deleted
            pending.revise(revised, revised.equals(entity.ownKey()) ? operation : ChangeOperation.UPDATED);
        }
    }

    /** Notes a change of derived data of the record (its mentions): searched again, no revision. */
    public static void touched(EntityKey key) {
        if (key != null) {
            current().searchKeys.add(key);
        }
    }

    /** Notes an update of the record by a bulk statement (its quotes replaced): searched again and revised. */
    public static void updated(EntityKey key) {
        Pending pending = current();
        pending.searchKeys.add(key);
        pending.revise(key, ChangeOperation.UPDATED);
    }

    /**
     * Records the record in the transaction's revision, without searching it again: the baseline
     * of a database whose records were written before history was kept.
     */
    public static void recorded(EntityKey key, ChangeOperation operation) {
        current().revise(key, operation);
    }

    /** What one transaction changed so far. */
    private static final class Pending {
        final Set<EntityKey> searchKeys = new LinkedHashSet<>();
        final Map<EntityKey, ChangeOperation> revised = new LinkedHashMap<>();
        final Set<EntityKey> gone = new LinkedHashSet<>();

        void revise(EntityKey key, ChangeOperation operation) {
            if (gone.contains(key)) {
                return;
            }
            ChangeOperation before = revised.get(key);
            ChangeOperation after = before == null ? operation : before.then(operation);
            if (after == null) {
                // created and deleted in the same transaction: no trace
                revised.remove(key);
                gone.add(key);
            } else {
                revised.put(key, after);
            }
        }
    }

    private static Pending current() {
        TransactionSynchronizationRegistry registry = Arc.container().instance(TransactionSynchronizationRegistry.class)
                .get();
        Pending pending = (Pending) registry.getResource(RESOURCE);
        if (pending == null) {
            pending = new Pending();
            registry.putResource(RESOURCE, pending);
            register(pending);
        }
        return pending;
    }

    private static void register(Pending pending) {
        TransactionCompletionCallbacks callbacks = Panache.getEntityManager().unwrap(SessionImplementor.class)
                .getTransactionCompletionCallbacks();
        List<Long> written = new ArrayList<>();
        long[] revision = new long[1];
        callbacks.registerCallback((BeforeCompletionCallback) session -> {
            Map<EntityKey, ChangeOperation> revised = new LinkedHashMap<>(pending.revised);
            Map<EntityKey, RecordStates.State> states = revised.isEmpty() ? Map.of() : describe(revised);
            String author = ChangeAuthor.current();
            session.doWork(connection -> {
                if (!pending.searchKeys.isEmpty()) {
                    written.addAll(ChangeLog.write(connection, pending.searchKeys));
                }
                if (!revised.isEmpty()) {
                    revision[0] = RevisionLog.write(connection, author, revised, states);
                }
            });
        });
        callbacks.registerCallback((AfterCompletionCallback) (success, session) -> {
            if (success && (!pending.searchKeys.isEmpty() || revision[0] > 0)) {
                try {
                    Arc.container().beanManager().getEvent().select(ChangesCommitted.class).fire(new ChangesCommitted(
                            Set.copyOf(pending.searchKeys), List.copyOf(written), revision[0]));
                } catch (RuntimeException e) {
                    // The data is committed and the logs say what changed: followers catch up from them.
                    LOG.warn("Notifying the followers of a committed change failed; they catch up from the change log", e);
                }
            }
        });
    }

    private static Map<EntityKey, RecordStates.State> describe(Map<EntityKey, ChangeOperation> revised) {
        List<EntityKey> present = revised.entrySet().stream()
                .filter(change -> change.getValue() != ChangeOperation.DELETED).map(Map.Entry::getKey).toList();
        return present.isEmpty() ? Map.of() : Arc.container().instance(RecordStates.class).get().describe(present);
    }
}
