package org.multivector.dataset;

import java.util.HashMap;
import java.util.Map;

import org.hibernate.Session;
import org.multivector.persistence.RevisionLog;

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
    private long checkedUpTo;

    WrittenNames(String author) {
        this.author = author;
    }

    /** Remembers the names a committed chunk added. */
    void addAll(Map<String, Long> added) {
        actorIds.putAll(added);
    }

    /**
     * In a chunk's transaction, before it looks names up: the names still known, none when a
     * revision by another author has committed since the last call. The revisions are read only
     * while there are names to forget: otherwise the latest number is all it needs.
     */
    Map<String, Long> stillValid() {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        long latest = session.doReturningWork(RevisionLog::latest);
        if (!actorIds.isEmpty() && session.doReturningWork(
                connection -> RevisionLog.writtenByOthers(connection, checkedUpTo, latest, author))) {
            actorIds.clear();
        }
        checkedUpTo = latest;
        return actorIds;
    }

    /** Frees the memory once the import's entries are written. */
    void forget() {
        actorIds.clear();
    }
}
