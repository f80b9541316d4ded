package org.multivector.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import jakarta.inject.Inject;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.multivector.actor.Actor;
import org.multivector.support.ChangeLogFollowers;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Actors built from the second-level cache's state are the stored actors, field for field, outside the session. */
@QuarkusTest
class CachedRecordsTest {

    static final long NO_SUCH_ID = -1L;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Session session;

    /** The followers of the change log take the seed in on threads of their own: not during the counts. */
    @BeforeEach
    void followersCaughtUp() {
        ChangeLogFollowers.caughtUp();
    }

    @Test
    void cachedActorsAreTheStoredOnesAndUncachedIdsAreNamed() {
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> List.of(
                Actor.findByName("Kazakhstan").orElseThrow().id, Actor.findByName("Russia").orElseThrow().id));
        List<Long> asked = List.of(ids.get(0), ids.get(1), NO_SUCH_ID);
        sessionFactory.getCache().evictAllRegions();

        CachedRecords.Found<Actor> beforeCaching = read(asked);
        assertTrue(beforeCaching.records().isEmpty(), "nothing cached after the eviction");
        assertEquals(asked, beforeCaching.uncached());

        List<String> stored = QuarkusTransaction.requiringNew().call(
                () -> describe(Batch.listCaching(Actor.class, ids)));
        assertEquals(2, stored.size(), "both actors read, and cached");
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        List<Actor> cached = QuarkusTransaction.requiringNew().call(() -> {
            CachedRecords.Found<Actor> found = CachedRecords.read(session, Actor.class, asked);
            assertEquals(List.of(NO_SUCH_ID), found.uncached(), "the id no actor has");
            found.records().forEach(actor -> assertFalse(session.contains(actor), "not in the session"));
            return found.records();
        });
        assertEquals(stored, describe(cached));
        assertEquals(2, statistics.getSecondLevelCacheHitCount(), "each cached actor counted as a hit");
        assertEquals(0, statistics.getPrepareStatementCount(), "no statement");
    }

    private CachedRecords.Found<Actor> read(List<Long> ids) {
        return QuarkusTransaction.requiringNew().call(() -> CachedRecords.read(session, Actor.class, ids));
    }

    private static List<String> describe(List<Actor> actors) {
        return actors.stream()
                .sorted(Comparator.comparing(actor -> actor.id))
                .map(actor -> String.join("|", String.valueOf(actor.id), actor.name, actor.nameKey,
                        String.valueOf(actor.kind), String.valueOf(actor.description)))
                .toList();
    }
}
