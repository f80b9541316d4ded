package org.multivector.paging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.TypedQuery;

import org.multivector.persistence.EntityQueries;

import io.quarkus.panache.common.Parameters;

/** Builds the where clause of a filtered, keyset-paged JPQL query from optional conditions. */
public final class Filter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

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
            copy.conditions.add("(" + keyField + " > :afterKey or (" + keyField + " = :afterKey and id > :afterId))");
            copy.parameters.put("afterKey", after.sortKey());
            copy.parameters.put("afterId", after.id());
        }
        return copy;
    }

    public Filter copy() {
        Filter copy = new Filter();
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
        TypedQuery<T> query = EntityQueries.where(type, "", pageFilter.query(), " order by id", type);
        pageFilter.parameters.forEach(query::setParameter);
        return query.setMaxResults(page.size() + 1).getResultList();
    }

    /** How many rows of {@code type} pass the filter: a connection's {@code totalCount}. */
    public long count(Class<?> type) {
        TypedQuery<Long> query = EntityQueries.where(type, "select count(*) ", query(), "", Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }
}
