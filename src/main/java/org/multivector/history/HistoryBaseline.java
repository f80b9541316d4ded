package org.multivector.history;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.multivector.persistence.ChangeAuthor;
import org.multivector.persistence.ChangeCapture;
import org.multivector.persistence.ChangeOperation;
import org.multivector.persistence.EntityKey;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Gives a database whose records were written before history was kept a first history: once,
 * at the first start of a version that keeps it, every record is recorded as created, by
 * {@code baseline}, in revisions of up to {@value #CHUNK} records. A new database needs none:
 * the seed is its first revision.
 */
@ApplicationScoped
public class HistoryBaseline {

    public static final String AUTHOR = "baseline";

    private static final Logger LOG = Logger.getLogger(HistoryBaseline.class);

    private static final int CHUNK = 1000;

    // before the seed, which would otherwise make revision 1 of a database that has records
    void onStart(@Observes @Priority(1) StartupEvent event, EntityManager entityManager) {
        boolean needed = QuarkusTransaction.requiringNew().call(() -> Revision.latest() == 0
                && HistoryService.ENTITIES.stream().anyMatch(entity -> !entityManager.createQuery("select id from " + entity,
                        Long.class).setMaxResults(1).getResultList().isEmpty()));
        if (!needed) {
            return;
        }
        long started = System.nanoTime();
        long records = 0;
        try (ChangeAuthor.Scope baseline = ChangeAuthor.as(AUTHOR)) {
            for (String entity : HistoryService.ENTITIES) {
                long after = 0;
                while (true) {
                    long from = after;
                    List<Long> ids = QuarkusTransaction.requiringNew().call(() -> {
                        List<Long> chunk = entityManager.createQuery("select id from " + entity
                                + " where id > ?1 order by id", Long.class).setParameter(1, from).setMaxResults(CHUNK)
                                .getResultList();
                        chunk.forEach(id -> ChangeCapture.recorded(new EntityKey(entity, id), ChangeOperation.CREATED));
                        return chunk;
                    });
                    if (ids.isEmpty()) {
                        break;
                    }
                    records += ids.size();
                    after = ids.get(ids.size() - 1);
                }
            }
        }
        LOG.infof("Recorded the %d records written before history was kept as revisions by '%s', in %d ms", records,
                AUTHOR, (System.nanoTime() - started) / 1_000_000);
    }
}
