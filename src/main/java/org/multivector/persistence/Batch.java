package org.multivector.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import org.hibernate.CacheMode;
import org.hibernate.Hibernate;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.query.SelectionQuery;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Lines up the rows of one batch query with the parents that asked for them, as the
 * {@code @Source List<Parent>} resolvers of SmallRye GraphQL must: one result per parent, in the
 * parents' order.
 */
public final class Batch {

    private Batch() {
    }

    /**
     * The most ids of an IN list; more go into one array parameter. Each bound parameter costs
     * Hibernate a binding, an array a conversion and a database function: measured, arrays made
     * Q4's lookups of 86 and 131 ids 9% cheaper, Q3's of 20 and 26 no cheaper and Q2's of 1 to 4
     * dearer (fix 15 in bench/RESULTS.md).
     */
    static final int LIST_MAX = 32;

    /**
     * Ids that span at most this many times their number (a bulk import's, a page of consecutive
     * rows, the search index's rebuild) are also bounded by a range: measured on H2 with tier M,
     * a batch of 1,000 ids was a scan of the table without it (the index rebuild took 141 s).
     */
    static final int DENSE_SPAN = 8;

    /** The HQL conditions {@link #in} wrote so far, by property and IN list length or array. */
    private static final Map<String, String> CONDITIONS = new ConcurrentHashMap<>();

    /** Where {@link IdCondition#sql} names its column. */
    static final String COLUMN = "{column}";

    private static final String SQL_ARRAY = COLUMN + " = any(?)";
    private static final String SQL_DENSE_ARRAY = COLUMN + " between ? and ? and " + SQL_ARRAY;
    /** The SQL of an IN list, by its length: a power of two up to {@value #LIST_MAX}. */
    private static final Map<Integer, String> SQL_LISTS = new ConcurrentHashMap<>();

    /**
     * An HQL condition and the positional parameters it binds, from {@link #in}; {@code sql} is
     * the same condition in SQL, its column written {@value #COLUMN}.
     */
    public record IdCondition(String hql, String sql, Object... parameters) {

        /** The condition in SQL on {@code column}. */
        String sqlOn(String column) {
            return sql.replace(COLUMN, column);
        }

        /** The query with the condition's parameters bound, as ?1, ?2 ... */
        public <Q extends Query> Q bind(Q query) {
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query;
        }
    }

    /**
     * The condition that {@code property} is one of {@code ids}, in one of few query shapes, so
     * that Hibernate translates each batch query once (it never caches the translation of a query
     * with a list parameter). Up to {@value #LIST_MAX} ids: {@code property in (?1, ?2, ...)}, the
     * ids padded with the last one (an id no row has, for none) to a power of two from 2; never 1,
     * since Hibernate translates {@code in (?1)} again on every call (72 µs a call against 18 µs
     * for {@code in (?1, ?2)}). More: {@code in_array(property, ?1)} ({@link InArrayFunction})
     * with the ids as one array.
     */
    public static IdCondition in(String property, Collection<Long> ids) {
        if (ids.size() > LIST_MAX) {
            Long[] array = ids.toArray(Long[]::new);
            long lowest = Long.MAX_VALUE;
            long highest = Long.MIN_VALUE;
            for (Long id : array) {
                lowest = Math.min(lowest, id);
                highest = Math.max(highest, id);
            }
            if (highest - lowest < (long) DENSE_SPAN * array.length) {
                // H2 reads "= any(array)" row by row over the whole table, but a range along the index.
                String hql = CONDITIONS.computeIfAbsent(property + "[..]",
                        key -> property + " between ?1 and ?2 and in_array(" + property + ", ?3)");
                return new IdCondition(hql, SQL_DENSE_ARRAY, lowest, highest, array);
            }
            String hql = CONDITIONS.computeIfAbsent(property + "[]", key -> "in_array(" + property + ", ?1)");
            return new IdCondition(hql, SQL_ARRAY, (Object) array);
        }
        Object[] parameters = new Object[ids.size() <= 2 ? 2 : Integer.highestOneBit(ids.size() - 1) << 1];
        int i = 0;
        for (Long id : ids) {
            parameters[i++] = id;
        }
        Object last = i == 0 ? Long.valueOf(-1) : parameters[i - 1];
        while (i < parameters.length) {
            parameters[i++] = last;
        }
        String hql = CONDITIONS.computeIfAbsent(property + parameters.length, key -> IntStream
                .rangeClosed(1, parameters.length)
                .mapToObj(position -> "?" + position)
                .collect(Collectors.joining(", ", property + " in (", ")")));
        String sql = SQL_LISTS.computeIfAbsent(parameters.length,
                length -> COLUMN + " in (" + String.join(", ", Collections.nCopies(length, "?")) + ")");
        return new IdCondition(hql, sql, parameters);
    }

    /** The entities of {@code type} whose {@code property} is one of {@code ids}, in any order: a batch lookup. */
    public static <T extends KnowledgeEntity> List<T> list(Class<T> type, String property, Collection<Long> ids) {
        return RecordQuery.listIn(type, property, in(property, ids), false);
    }

    /**
     * The entities of {@code type} with these ids, in the order given, those the session holds
     * taken from it and only the others read ({@link #list}); ids without a record, or whose record
     * the session deleted, are left out. For describing what a transaction has just written (its
     * revision states), which the session holds.
     */
    public static <T extends KnowledgeEntity> List<T> listHeldFirst(Class<T> type, Collection<Long> ids) {
        SharedSessionContractImplementor session = Panache.getEntityManager(type)
                .unwrap(SharedSessionContractImplementor.class);
        EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(type);
        PersistenceContext held = session.getPersistenceContextInternal();
        Map<Long, T> found = new HashMap<>();
        List<Long> notHeld = new ArrayList<>();
        for (Long id : ids) {
            Object entity = held.getEntity(session.generateEntityKey(id, persister));
            EntityEntry entry = entity == null ? null : held.getEntry(entity);
            if (entry == null || !Hibernate.isInitialized(entity)) {
                notHeld.add(id);
            } else if (!entry.getStatus().isDeletedOrGone()) {
                found.put(id, type.cast(entity));
            }
        }
        if (!notHeld.isEmpty()) {
            list(type, "id", notHeld).forEach(entity -> found.put(entity.id, entity));
        }
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /**
     * The entities of {@code type} with these ids, in any order, put in the second-level cache as
     * they are read (read-only transactions leave it alone otherwise, {@link ReadOnlyInterceptor}).
     */
    public static <T extends KnowledgeEntity> List<T> listCaching(Class<T> type, Collection<Long> ids) {
        IdCondition condition = in("id", ids);
        // CacheMode.NORMAL: take from the cache and put in it (Hibernate 7.2's setCacheStoreMode
        // fails on a query whose cache mode was never set)
        @SuppressWarnings("unchecked")
        SelectionQuery<T> query = condition.bind(EntityQueries.where(type, "", condition.hql(), "", type))
                .unwrap(SelectionQuery.class);
        return query.setCacheMode(CacheMode.NORMAL).getResultList();
    }

    /** The entities of {@code type} whose {@code property} is one of {@code ids}, in the order they were stored. */
    public static <T extends KnowledgeEntity> List<T> listInIdOrder(Class<T> type, String property,
            Collection<Long> ids) {
        return RecordQuery.listIn(type, property, in(property, ids), true);
    }

    public static Set<Long> ids(List<? extends KnowledgeEntity> parents) {
        Set<Long> ids = new LinkedHashSet<>();
        for (KnowledgeEntity parent : parents) {
            ids.add(parent.id);
        }
        return ids;
    }

    /** For each parent, the children whose {@code parentIdOf} is the parent's id. */
    public static <C> List<List<C>> group(List<? extends KnowledgeEntity> parents, List<C> children,
            Function<C, Long> parentIdOf) {
        return groupByAny(parents, children, child -> List.of(parentIdOf.apply(child)));
    }

    /** For each parent, the children that name its id among their {@code parentIdsOf}. */
    public static <C> List<List<C>> groupByAny(List<? extends KnowledgeEntity> parents, List<C> children,
            Function<C, Collection<Long>> parentIdsOf) {
        Map<Long, List<C>> byParent = new HashMap<>();
        for (C child : children) {
            for (Long parentId : new LinkedHashSet<>(parentIdsOf.apply(child))) {
                byParent.computeIfAbsent(parentId, id -> new ArrayList<>()).add(child);
            }
        }
        List<List<C>> result = new ArrayList<>(parents.size());
        for (KnowledgeEntity parent : parents) {
            result.add(byParent.getOrDefault(parent.id, List.of()));
        }
        return result;
    }

    /**
     * For each item, the entity its {@code referenceOf} id points at (null where it points at
     * none), loading all of them with one call of {@code loader}.
     */
    public static <I, T extends KnowledgeEntity> List<T> lookup(List<I> items, Function<I, Long> referenceOf,
            Function<Set<Long>, List<T>> loader) {
        Set<Long> wanted = new LinkedHashSet<>();
        for (I item : items) {
            Long reference = referenceOf.apply(item);
            if (reference != null) {
                wanted.add(reference);
            }
        }
        Map<Long, T> byId = new HashMap<>();
        if (!wanted.isEmpty()) {
            for (T entity : loader.apply(wanted)) {
                byId.put(entity.id, entity);
            }
        }
        List<T> result = new ArrayList<>(items.size());
        for (I item : items) {
            Long reference = referenceOf.apply(item);
            result.add(reference == null ? null : byId.get(reference));
        }
        return result;
    }

    /** The entities of {@code type} with ids from {@code first} to {@code last}, in id order. */
    public static <T extends KnowledgeEntity> List<T> listBetween(Class<T> type, long first, long last) {
        return EntityQueries.where(type, "", "id between ?1 and ?2", " order by id", type)
                .setParameter(1, first).setParameter(2, last).getResultList();
    }

    /** The (id, text) rows of a query, the texts grouped by id in the order read. */
    public static Map<Long, List<String>> textsById(TypedQuery<Object[]> pairs) {
        Map<Long, List<String>> byId = new HashMap<>();
        pairs.getResultStream()
                .forEach(pair -> byId.computeIfAbsent((Long) pair[0], id -> new ArrayList<>(2)).add((String) pair[1]));
        return byId;
    }
}
