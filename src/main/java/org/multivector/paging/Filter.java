package org.multivector.paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.persistence.TypedQuery;

import org.multivector.persistence.EntityQueries;
import org.multivector.persistence.KnowledgeEntity;
import org.multivector.persistence.PastRecords;
import org.multivector.persistence.RecordQuery;

import io.quarkus.panache.common.Parameters;

/** Builds the where clause of a filtered, keyset-paged JPQL query from optional conditions. */
public final class Filter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Set when the rows are read as of a past revision: the same conditions, tested on past states. */
    private Past past;

    /** A past read: its revision, and the filter's conditions as a test of a record. */
    private record Past(PastRecords records, long revision, Predicate<Object> matches) {

        @SuppressWarnings("unchecked")
        Class<KnowledgeEntity> recordType(Class<?> type) {
            if (!KnowledgeEntity.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException(type.getSimpleName() + " has no past to read");
            }
            return (Class<KnowledgeEntity>) type;
        }
    }

    /** Adds {@code condition} with its named parameter, unless the value is null (filter not given). */
    public Filter and(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** A copy with the keyset condition "after this id" of id-ordered connections. */
    public Filter afterId(Cursor after) {
        Filter copy = copy();
        return after == null ? copy : copy.and("id > :afterId", "afterId", after.id());
    }

    /**
     * A copy with the keyset condition "after this row" of connections ordered by
     * {@code keyField}, then id.
     */
    public Filter afterKey(Cursor after, String keyField) {
        Filter copy = copy();
        if (after != null) {
            // The ">=" alone starts the index range at the cursor: without it H2 reads every row from the
            // first key on (35,000 on 100,000 actors for a cursor half-way through the names).
            copy.conditions.add(keyField + " >= :afterKey and (" + keyField + " > :afterKey or id > :afterId)");
            copy.parameters.put("afterKey", after.sortKey());
            copy.parameters.put("afterId", after.id());
        }
        return copy;
    }

    /**
     * Reads the rows as they were just after {@code revision}, when it is not null: {@code matches}
     * must hold for a record exactly when the conditions hold for its row.
     */
    @SuppressWarnings("unchecked")
    public <T extends KnowledgeEntity> Filter asOf(PastRecords records, Long revision, Predicate<T> matches) {
        if (revision != null) {
            past = new Past(records, revision, record -> matches.test((T) record));
        }
        return this;
    }

    /** Whether a record's value passes a condition on {@code wanted}: any value passes a null one. */
    public static boolean matches(Object wanted, Object value) {
        return wanted == null || wanted.equals(value);
    }

    /** Whether a record's value passes an {@code in} condition: any value passes a null list. */
    public static boolean matchesAny(Collection<?> wanted, Object value) {
        return wanted == null || wanted.contains(value);
    }

    public Filter copy() {
        Filter copy = new Filter();
        copy.past = past;
        copy.conditions.addAll(conditions);
        copy.parameters.putAll(parameters);
        return copy;
    }

    /** The conditions joined by {@code and}, or {@code 1 = 1} when there are none. */
    public String query() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Parameters parameters() {
        Parameters result = new Parameters();
        parameters.forEach(result::and);
        return result;
    }

    /**
     * A page of the rows of {@code type} that pass the filter, in id order, after the page's
     * cursor: up to one row more than the page size, which tells whether a next page exists.
     */
    public <T> List<T> pageById(Class<T> type, PageRequest page) {
        Filter pageFilter = afterId(page.after());
        RecordQuery<T> query = RecordQuery.where(type, pageFilter.query(), " order by id");
        pageFilter.parameters.forEach(query::setParameter);
        if (past == null) {
            return query.setMaxResults(page.size() + 1).list();
        }
        // today's rows, enough of them to fill the page once those changed since are taken out
        Class<KnowledgeEntity> recordType = past.recordType(type);
        Set<Long> changed = past.records().changedSince(recordType, past.revision());
        @SuppressWarnings("unchecked")
        List<KnowledgeEntity> current = (List<KnowledgeEntity>) query
                .setMaxResults(page.size() + 1 + changed.size()).list();
        List<KnowledgeEntity> rows = past.records().overlay(recordType, past.revision(), changed, current,
                page.after() == null ? 0 : page.after().id(), past.matches()::test);
        @SuppressWarnings("unchecked")
        List<T> fetched = (List<T>) (rows.size() > page.size() + 1 ? rows.subList(0, page.size() + 1) : rows);
        return fetched;
    }

    /** How many rows of {@code type} pass the filter: a connection's {@code totalCount}. */
    public long count(Class<?> type) {
        TypedQuery<Long> query = EntityQueries.where(type, "select count(*) ", query(), "", Long.class);
        parameters.forEach(query::setParameter);
        long now = query.getSingleResult();
        return past == null ? now
                : past.records().count(past.recordType(type), past.revision(), now, past.matches()::test);
    }
}
