package org.multivector.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.multivector.config.MultivectorConfig;
import org.multivector.errors.InvalidArgumentException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Records as they were just after a past revision ({@code asOf}), read from the states the
 * revisions kept ({@code revision_change}), in batches.
 * <p>
 * A record that no revision after N changed is now as it was then; only the records changed since
 * need their past state. So a past read is today's query, less the records changed since N, plus
 * those of them whose state at N matches: its cost grows with the changes since N, not with the
 * size of the data, and reading further back than
 * {@code multivector.history.as-of-max-changes} changes of one type is refused with an error that
 * says so. Records read this way are new instances, never stored, marked with {@link AsOf}, so that
 * their nested fields answer as of the same revision.
 */
@ApplicationScoped
@Transactional
public class PastRecords {

    /** The description of every {@code asOf} argument. */
    public static final String AS_OF = "Read the data as it was just after this revision (see `revision` and"
            + " `changes`); nested fields answer as of the same revision. Now when left out.";

    private static final ObjectMapper STATES = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Inject
    MultivectorConfig config;

    /** The revision an {@code asOf} argument names, checked against the latest; null when it is left out. */
    @ReadOnly
    public Long revision(Integer asOf) {
        if (asOf == null) {
            return null;
        }
        long latest = ((Number) entities().createNativeQuery("select coalesce(max(number), 0) from revision")
                .getSingleResult()).longValue();
        if (asOf < 0 || asOf > latest) {
            throw new InvalidArgumentException("Argument 'asOf' must be a revision from 0 to the latest, " + latest
                    + "; got " + asOf);
        }
        return asOf.longValue();
    }

    /** The records of {@code type} with these ids as they were just after the revision; ids none had then are left out. */
    @ReadOnly
    public <T extends KnowledgeEntity> Map<Long, T> find(Class<T> type, Collection<Long> ids, long revision) {
        Map<Long, T> records = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return records;
        }
        List<Long> sorted = new ArrayList<>(new HashSet<>(ids));
        sorted.sort(Comparator.naturalOrder());
        for (int from = 0; from < sorted.size(); from += CHUNK) {
            List<Long> chunk = sorted.subList(from, Math.min(sorted.size(), from + CHUNK));
            // the latest change of each record up to the revision; a deletion means it did not exist then
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entities().createNativeQuery("select entity_id, state from (select c.entity_id,"
                    + " c.operation, c.state, row_number() over (partition by c.entity_id order by c.id desc) as position"
                    + " from revision_change c where c.entity = :entity and c.revision <= :revision and c.entity_id in ("
                    + joined(chunk) + ")) latest where position = 1 and operation <> 'DELETED' order by entity_id")
                    .setParameter("entity", type.getSimpleName())
                    .setParameter("revision", revision)
                    .getResultList();
            for (Object[] row : rows) {
                T record = restore(type, (String) row[1], revision);
                records.put(record.id, record);
            }
        }
        return records;
    }

    /**
     * The ids of the records of {@code type} that revisions after this one changed, created or
     * deleted; refused when there are more than the configured most.
     */
    @ReadOnly
    public Set<Long> changedSince(Class<? extends KnowledgeEntity> type, long revision) {
        int most = config.history().asOfMaxChanges();
        @SuppressWarnings("unchecked")
        List<Number> ids = entities().createNativeQuery("select entity_id from revision_change"
                + " where revision > :revision and entity = :entity")
                .setParameter("revision", revision)
                .setParameter("entity", type.getSimpleName())
                .setMaxResults(most + 1)
                .getResultList();
        if (ids.size() > most) {
            throw new InvalidArgumentException("Argument 'asOf': revision " + revision + " is too far back to read "
                    + type.getSimpleName() + " records: more than " + most + " of their changes came after it"
                    + " (multivector.history.as-of-max-changes)");
        }
        Set<Long> changed = new HashSet<>();
        ids.forEach(id -> changed.add(id.longValue()));
        return changed;
    }

    /**
     * The past records of {@code type} that match, in id order: {@code current}, today's records that
     * match (all of them, or all up to some id), less those changed since the revision, plus the
     * records changed since whose state at the revision passes {@code matches}.
     *
     * @param changed {@link #changedSince} the revision, for this type
     * @param afterId only records with greater ids (a page's cursor); 0 for all
     */
    @ReadOnly
    public <T extends KnowledgeEntity> List<T> overlay(Class<T> type, long revision, Set<Long> changed,
            List<T> current, long afterId, Predicate<T> matches) {
        Set<Long> wanted = new LinkedHashSet<>();
        for (T record : current) {
            if (!changed.contains(record.id)) {
                wanted.add(record.id);
            }
        }
        Set<Long> unchanged = new HashSet<>(wanted);
        changed.stream().filter(id -> id > afterId).forEach(wanted::add);
        List<T> records = new ArrayList<>();
        for (T record : find(type, wanted, revision).values()) {
            if (unchanged.contains(record.id) || matches.test(record)) {
                records.add(record);
            }
        }
        records.sort(Comparator.comparing(record -> record.id));
        return records;
    }

    /**
     * How many records of {@code type} matched just after the revision, given how many match now:
     * less the records changed since that match now, plus those that matched then.
     */
    @ReadOnly
    public <T extends KnowledgeEntity> long count(Class<T> type, long revision, long matchingNow,
            Predicate<T> matches) {
        Set<Long> changed = changedSince(type, revision);
        long now = find(type, changed, Long.MAX_VALUE).values().stream().filter(matches).count();
        long then = find(type, changed, revision).values().stream().filter(matches).count();
        return matchingNow - now + then;
    }

    /**
     * For each item, the record of {@code type} its {@code referenceOf} id points at (null for none):
     * as of the item's revision for an item read as of one, else through {@code current}.
     */
    @ReadOnly
    public <I, T extends KnowledgeEntity> List<T> lookup(List<I> items, Function<I, Long> referenceOf, Class<T> type,
            Function<Set<Long>, List<T>> current) {
        Map<Long, List<I>> byRevision = byRevision(items);
        Map<I, T> found = new IdentityHashMap<>();
        byRevision.forEach((revision, group) -> {
            List<T> referenced = revision == NOW ? Batch.lookup(group, referenceOf, current)
                    : lookupAsOf(group, referenceOf, type, revision);
            for (int i = 0; i < group.size(); i++) {
                found.put(group.get(i), referenced.get(i));
            }
        });
        List<T> result = new ArrayList<>(items.size());
        items.forEach(item -> result.add(found.get(item)));
        return result;
    }

    private <I, T extends KnowledgeEntity> List<T> lookupAsOf(List<I> items, Function<I, Long> referenceOf,
            Class<T> type, long revision) {
        Set<Long> ids = new LinkedHashSet<>();
        items.forEach(item -> {
            Long id = referenceOf.apply(item);
            if (id != null) {
                ids.add(id);
            }
        });
        Map<Long, T> byId = find(type, ids, revision);
        return items.stream().map(item -> {
            Long id = referenceOf.apply(item);
            return id == null ? null : byId.get(id);
        }).toList();
    }

    /**
     * For each parent, the records of {@code type} with the ids {@code idsOf} lists (an event's
     * participants), in that order: as of the parent's revision for a parent read as of one.
     */
    @ReadOnly
    public <P extends KnowledgeEntity, T extends KnowledgeEntity> List<List<T>> lookupAll(List<P> parents,
            Function<P, List<Long>> idsOf, Class<T> type, Function<Set<Long>, List<T>> current) {
        Map<P, List<T>> found = new IdentityHashMap<>();
        byRevision(parents).forEach((revision, group) -> {
            Set<Long> ids = new LinkedHashSet<>();
            group.forEach(parent -> ids.addAll(idsOf.apply(parent)));
            Map<Long, T> byId = new HashMap<>();
            if (revision != NOW) {
                byId.putAll(find(type, ids, revision));
            } else if (!ids.isEmpty()) {
                current.apply(ids).forEach(record -> byId.put(record.id, record));
            }
            group.forEach(parent -> found.put(parent,
                    idsOf.apply(parent).stream().map(byId::get).filter(Objects::nonNull).toList()));
        });
        List<List<T>> result = new ArrayList<>(parents.size());
        parents.forEach(parent -> result.add(found.get(parent)));
        return result;
    }

    /**
     * For each parent, the records of {@code type} that name it among their {@code parentIdsOf} (an
     * actor's memberships): for parents read as of a revision, the records as of that revision;
     * {@code current} finds today's records that name any of some parent ids.
     */
    @ReadOnly
    public <P extends KnowledgeEntity, C extends KnowledgeEntity> List<List<C>> children(List<P> parents,
            Class<C> type, Function<Set<Long>, List<C>> current, Function<C, Collection<Long>> parentIdsOf) {
        Map<Long, List<P>> byRevision = byRevision(parents);
        Map<P, List<C>> found = new IdentityHashMap<>();
        byRevision.forEach((revision, group) -> {
            Set<Long> ids = Batch.ids(group);
            List<C> rows = current.apply(ids);
            if (revision != NOW) {
                rows = overlay(type, revision, changedSince(type, revision), rows, 0,
                        row -> parentIdsOf.apply(row).stream().anyMatch(ids::contains));
            }
            List<List<C>> grouped = Batch.groupByAny(group, rows, parentIdsOf);
            for (int i = 0; i < group.size(); i++) {
                found.put(group.get(i), grouped.get(i));
            }
        });
        List<List<C>> result = new ArrayList<>(parents.size());
        parents.forEach(parent -> result.add(found.get(parent)));
        return result;
    }

    /** The items by the revision they were read as of, {@link #NOW} for today's, in their order. */
    private static <I> Map<Long, List<I>> byRevision(List<I> items) {
        Map<Long, List<I>> byRevision = new LinkedHashMap<>();
        for (I item : items) {
            Long revision = item instanceof KnowledgeEntity record ? record.pastRevision() : null;
            byRevision.computeIfAbsent(Objects.requireNonNullElse(revision, NOW), key -> new ArrayList<>()).add(item);
        }
        return byRevision;
    }

    private static <T extends KnowledgeEntity> T restore(Class<T> type, String state, long revision) {
        try {
            JsonNode json = STATES.readTree(state);
            T record = STATES.treeToValue(json, type);
            record.readAsOf(new AsOf(revision, json));
            return record;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A revision's state of a " + type.getSimpleName() + " could not be read", e);
        }
    }

    private static String joined(List<Long> ids) {
        StringBuilder joined = new StringBuilder();
        for (Long id : ids) {
            joined.append(joined.length() == 0 ? "" : ",").append(id.longValue());
        }
        return joined.toString();
    }

    private static EntityManager entities() {
        return Panache.getEntityManager();
    }

    /** The key of today's records among the revisions of {@link #byRevision}. */
    private static final long NOW = -1;

    /** The most ids in one statement's IN list of literal ids. */
    private static final int CHUNK = 1000;
}
