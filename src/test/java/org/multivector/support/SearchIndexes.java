package org.multivector.support;

import org.multivector.search.SearchIndex;

import io.quarkus.arc.Arc;

/** The running service's search index, for tests that count what the database is asked. */
public final class SearchIndexes {

    private SearchIndexes() {
    }

    /**
     * Returns once the search index holds every write in the database, the seed's included. Its
     * follower re-reads written records through Hibernate, on its own thread, about a second after
     * they commit: a statement or transaction count taken meanwhile would see those reads. Until the
     * next write, the follower then reads nothing through Hibernate.
     */
    public static void caughtUp() {
        Arc.container().instance(SearchIndex.class).get().followNow();
    }
}
