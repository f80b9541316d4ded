package org.multivector.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Lines up the rows of one batch query with the parents that asked for them, as the
 * {@code @Source List<Parent>} resolvers of SmallRye GraphQL must: one result per parent, in the
 * parents' order.
 */
public final class Batch {

    private Batch() {
    }

    /**
     * The most ids of an IN condition of a power-of-two length; beyond it, lengths grow in steps of
     * this many. A page of parents (at most 100) fits.
     */
    static final int IN_STEP = 128;

    /** The HQL conditions {@link #in} wrote so far, by property and length. */
    private static final Map<String, String> IN_CONDITIONS = new ConcurrentHashMap<>();

    /**
     * The ids as the parameters of an {@link #in} condition, padded with the last id (an id no row
     * has, for none) to a power of two from 2 to {@value #IN_STEP}, or to a multiple of it: few
     * lengths, so few query shapes, yet one parent does not bind and compare 128 values. Never 1:
     * Hibernate translates {@code in (?1)} to SQL again on every call (measured: 72 µs a call
     * against 18 µs for {@code in (?1, ?2)}).
     */
    public static Object[] inParameters(Collection<Long> ids) {
        int length = ids.size() <= 2 ? 2
                : ids.size() <= IN_STEP ? Integer.highestOneBit(ids.size() - 1) << 1
                : (ids.size() + IN_STEP - 1) / IN_STEP * IN_STEP;
        Object[] parameters = new Object[length];
        int i = 0;
        for (Long id : ids) {
            parameters[i++] = id;
        }
        Object last = i == 0 ? Long.valueOf(-1) : parameters[i - 1];
        while (i < length) {
            parameters[i++] = last;
        }
        return parameters;
    }

    /**
     * {@code property in (?1, ?2, ...)}, one positional parameter per element of {@code parameters}.
     * Hibernate translates a query with a list parameter to SQL again on every call; with single
     * parameters of few lengths, each query is translated once and the translation reused.
     */
    public static String in(String property, Object[] parameters) {
        return IN_CONDITIONS.computeIfAbsent(property + parameters.length, key -> IntStream
                .rangeClosed(1, parameters.length)
                .mapToObj(position -> "?" + position)
                .collect(Collectors.joining(", ", property + " in (", ")")));
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
}
