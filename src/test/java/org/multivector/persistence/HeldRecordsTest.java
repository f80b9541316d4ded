package org.multivector.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.multivector.actor.Actor;
import org.multivector.support.ChangeLogFollowers;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** What a transaction holds is described as it holds it; only the rest is read, with our own batch query. */
@QuarkusTest
class HeldRecordsTest {

    static final long NO_SUCH_ID = -1L;

    @Inject
    SessionFactory sessionFactory;

    /** The search index's follower reads records by id too, with the batch query counted below: not during the counts. */
    @BeforeEach
    void followersCaughtUp() {
        ChangeLogFollowers.caughtUp();
    }

    @Test
    void heldRecordsComeFromTheSessionTheOthersFromOneQueryInTheOrderAsked() {
        long russiaId = QuarkusTransaction.requiringNew().call(() -> Actor.findByName("Russia").orElseThrow().id);
        Statistics statistics = sessionFactory.getStatistics();
        // rolled back at the end: the change and the deletion below must not reach other tests
        QuarkusTransaction.begin();
        try {
            Actor held = Actor.findByName("Kazakhstan").orElseThrow();
            statistics.clear();

            List<Actor> onlyHeld = Batch.listHeldFirst(Actor.class, List.of(held.id));
            assertEquals(1, onlyHeld.size());
            assertSame(held, onlyHeld.get(0));
            assertEquals(0, batchReadsOfActors(statistics), "nothing read for what the session holds");
            assertEquals(0, statistics.getEntityStatistics(Actor.class.getName()).getLoadCount());

            List<Actor> mixed = Batch.listHeldFirst(Actor.class, List.of(russiaId, NO_SUCH_ID, held.id));
            assertEquals(List.of("Russia", "Kazakhstan"), mixed.stream().map(actor -> actor.name).toList());
            // our batch query for the ids the session does not hold, not Hibernate's multi-load (an
            // array scan on H2) nor the second-level cache
            assertEquals(1, batchReadsOfActors(statistics), "one query for the ids the session does not hold");
            assertEquals(1, statistics.getEntityStatistics(Actor.class.getName()).getLoadCount(), "Russia");
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private static long batchReadsOfActors(Statistics statistics) {
        return Arrays.stream(statistics.getQueries())
                .filter(query -> query.startsWith("from Actor where id in"))
                .mapToLong(query -> statistics.getQueryStatistics(query).getExecutionCount()).sum();
    }

    @Test
    void aRecordTheSessionDeletedIsLeftOut() {
        QuarkusTransaction.begin();
        try {
            Actor deleted = Actor.findByName("Kazakhstan").orElseThrow();
            deleted.delete();

            assertEquals(List.of(), Batch.listHeldFirst(Actor.class, List.of(deleted.id)));
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}
