package org.multivector.support;

import org.multivector.persistence.EntityCacheFollower;
import org.multivector.search.SearchIndex;

import io.quarkus.arc.Arc;

/** The running service's followers of the change log, for tests that count what the database or the cache is asked. */
public final class ChangeLogFollowers {

    private ChangeLogFollowers() {
    }

    /**
     * Returns once the search index and the actor cache have followed every change in the database,
     * the seed's included. Each does so on a thread of its own, about a second after a change: the
     * index re-reads records through Hibernate, which a statement or transaction count taken meanwhile
     * would see; the cache evicts actors, which a count of cache hits would see. Until the next change,
     * neither then does either.
     */
    public static void caughtUp() {
        Arc.container().instance(SearchIndex.class).get().followNow();
        Arc.container().instance(EntityCacheFollower.class).get().followNow();
    }
}
