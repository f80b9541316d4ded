package org.multivector.persistence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.Cacheable;
import javax.sql.DataSource;

import org.hibernate.Cache;
import org.hibernate.SessionFactory;
import org.jboss.logging.Logger;
import org.multivector.config.MultivectorConfig;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps Hibernate's second-level cache right when other instances write to the same database.
 * The cache holds the {@link Cacheable} entities (the actors, which every nested field naming one
 * reads by id); this instance's own writes update it as they commit (Hibernate's read-write
 * strategy), but another instance's are known here only through the change log. This follower
 * reads the change log every {@code multivector.subscriptions.poll-interval} and evicts the cached
 * records that the rows of other instances name, so another instance's write is seen here within
 * that interval, as it is by the search index and the change feed. Each eviction is repeated at
 * the next poll: a read that began before the other instance's commit may put the old state back
 * after the first one. Writes never act on the cache's copies ({@code Actor.cachedByIds}).
 */
@ApplicationScoped
public class EntityCacheFollower {

    private static final Logger LOG = Logger.getLogger(EntityCacheFollower.class);

    /** A run of more ids than this (a bulk import's) empties the entity's whole region instead. */
    private static final int MOST_EVICTED_ONE_BY_ONE = 10_000;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    DataSource dataSource;

    @Inject
    MultivectorConfig config;

    /** The cached entity classes by the names the change log gives them. */
    private final Map<String, Class<?>> cachedByName = new HashMap<>();
    private volatile ChangeLogCursor logCursor;
    private Set<EntityKey> evictedLastPoll = Set.of();
    private Set<Class<?>> emptiedLastPoll = Set.of();
    private ScheduledExecutorService poller;

    /** Before the observers of default priority (the seed loader): the seed's commits are then this instance's own. */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        sessionFactory.getMetamodel().getEntities().stream()
                .map(entity -> entity.getJavaType())
                .filter(type -> type.isAnnotationPresent(Cacheable.class))
                .forEach(type -> cachedByName.put(type.getSimpleName(), type));
        if (cachedByName.isEmpty()) {
            return;
        }
        logCursor = ChangeLogCursor.lookingBackFrom(ChangeLog.read(dataSource, ChangeLog::latestSequence));
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "entity-cache-follower");
            thread.setDaemon(true);
            return thread;
        });
        long interval = config.subscriptions().pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::pollQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** This instance's own writes updated the cache as they committed: the follower skips their rows. */
    void onCommitted(@Observes ChangesCommitted changes) {
        ChangeLogCursor cursor = logCursor;
        if (cursor != null) {
            cursor.markSeen(changes.logSequence());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("The entity cache could not read the change log; it tries again at the next poll", e);
        }
    }

    /**
     * Does now, on the calling thread, what the poller's next two runs would do (after a run in
     * progress): evicts what the change log names since the last poll, and the poll after that again.
     */
    public void followNow() {
        if (logCursor != null) {
            poll();
            poll();
        }
    }

    /** Evicts the cached records the change log names since the last poll, and again those of the last poll. */
    synchronized void poll() {
        Cache cache = sessionFactory.getCache();
        Set<EntityKey> evicted = new HashSet<>();
        Set<Class<?>> emptied = new HashSet<>();
        for (ChangeLog.Row row : ChangeLog.read(dataSource, logCursor::unseen)) {
            Class<?> type = cachedByName.get(row.entity());
            if (type != null && row.lastId() - row.firstId() >= MOST_EVICTED_ONE_BY_ONE) {
                cache.evictEntityData(type);
                emptied.add(type);
            } else if (type != null) {
                for (long id = row.firstId(); id <= row.lastId(); id++) {
                    cache.evictEntityData(type, id);
                    evicted.add(new EntityKey(row.entity(), id));
                }
            }
        }
        for (EntityKey key : evictedLastPoll) {
            cache.evictEntityData(cachedByName.get(key.entity()), key.id());
        }
        emptiedLastPoll.forEach(cache::evictEntityData);
        evictedLastPoll = evicted;
        emptiedLastPoll = emptied;
    }
}
