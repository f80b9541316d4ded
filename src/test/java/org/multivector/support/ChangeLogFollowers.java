package org.multivector.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.awaitility.core.ThrowingRunnable;
import org.multivector.persistence.EntityCacheFollower;
import org.multivector.search.SearchIndex;

import io.quarkus.arc.Arc;

/** The running service's followers of the change log, for tests that count what the database or the cache is asked, or wait for them. */
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

    /**
     * Retries {@code assertion} until it holds, for up to 10 s: the followers poll the change log
     * every second on threads of their own. The service runs in this JVM, so its threads' uncaught
     * exceptions are left to it rather than failing the wait.
     */
    public static void followedWithin10s(ThrowingRunnable assertion) {
        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(assertion);
    }
}
