package org.multivector.dataset;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The names a bulk import's committed chunks added, by key, with their actors' ids, so that its
 * later chunks need not look them up again. They hold only while nobody else writes: another
 * writer may rename or delete those actors meanwhile (the import may run beside the service on
 * PostgreSQL). So before each chunk the revisions committed since the last check are read, and a
 * revision by another author makes the import forget them all. (A second import of a file with
 * the same name, at the same time, counts as this one: its revisions have the same author.)
 */
final class WrittenNames {

    private final String author;
    private final Map<String, Long> actorIds = new HashMap<>();
    private long checkedUpTo = -1;

    WrittenNames(String author) {
        this.author = author;
    }

    /** Remembers the names a committed chunk added. */
    void addAll(Map<String, Long> added) {
        actorIds.putAll(added);
    }

    /**
     * In a chunk's transaction, before it looks names up: the names still known, none when a
     * revision by another author has committed since the last call.
     */
    Map<String, Long> stillValid() {
        Object[] since = (Object[]) Panache.getEntityManager()
                .createNativeQuery("select max(number), max(case when author <> ?1 then 1 else 0 end)"
                        + " from revision where number > ?2")
                .setParameter(1, author)
                .setParameter(2, checkedUpTo)
                .getSingleResult();
        if (since[0] != null) {
            checkedUpTo = ((Number) since[0]).longValue();
        }
        if (since[1] != null && ((Number) since[1]).intValue() == 1) {
            actorIds.clear();
        }
        return actorIds;
    }

    /** Frees the memory once the import's entries are written. */
    void forget() {
        actorIds.clear();
    }
}
