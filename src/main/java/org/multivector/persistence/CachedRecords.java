package org.multivector.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.hibernate.Session;
import org.hibernate.cache.spi.access.EntityDataAccess;
import org.hibernate.cache.spi.entry.CacheEntry;
import org.hibernate.cache.spi.entry.StandardCacheEntryImpl;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.stat.spi.StatisticsImplementor;

/**
 * Records of a cached entity built straight from the state Hibernate's second-level cache holds,
 * for read-only sessions. {@code Session.find} does the same after a persistence-context lookup, a
 * load event and the registration of the record in the session; for the actors that every nested
 * field naming one reads (Q4 of the peer benchmark: a few hundred per request) that was 8.6% of the
 * samples at tier M, and the {@code Cache.contains} asked first another 3.7% (JFR, bench/RESULTS.md).
 * The records built here are not in the session: for reading only, never to change or to persist.
 * Cache hits are counted in Hibernate's statistics as {@code find} counts them.
 */
public final class CachedRecords {

    private CachedRecords() {
    }

    /** What the cache holds of {@code ids} (a list the caller may add the others to), and the ids it does not hold. */
    public record Found<T>(List<T> records, List<Long> uncached) {
    }

    public static <T extends KnowledgeEntity> Found<T> read(Session session, Class<T> type, Collection<Long> ids) {
        SharedSessionContractImplementor source = session.unwrap(SharedSessionContractImplementor.class);
        SessionFactoryImplementor factory = source.getFactory();
        EntityPersister persister = factory.getMappingMetamodel().getEntityDescriptor(type);
        EntityDataAccess access = persister.getCacheAccessStrategy();
        if (access == null) {
            throw new IllegalStateException(type.getSimpleName() + " is not in the second-level cache");
        }
        StatisticsImplementor statistics = factory.getStatistics();
        List<T> records = new ArrayList<>(ids.size());
        List<Long> uncached = new ArrayList<>();
        for (Long id : ids) {
            Object cached = access.get(source, access.generateCacheKey(id, persister, factory, null));
            CacheEntry entry = cached == null ? null
                    : (CacheEntry) persister.getCacheEntryStructure().destructure(cached, factory);
            // a subclass's entry, or one of another form (none of the cached entities has either), is left to a query
            if (!(entry instanceof StandardCacheEntryImpl state) || !persister.getEntityName().equals(state.getSubclass())) {
                uncached.add(id);
                continue;
            }
            Object record = persister.instantiate(id, source);
            state.assemble(record, id, persister, source.getInterceptor(), source);
            records.add(type.cast(record));
            if (statistics.isStatisticsEnabled()) {
                statistics.entityCacheHit(persister.getNavigableRole(), access.getRegion().getName());
            }
        }
        return new Found<>(records, uncached);
    }
}
