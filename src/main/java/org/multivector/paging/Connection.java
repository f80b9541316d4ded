package org.multivector.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A Relay cursor connection over keyset-paged rows. It keeps the filter it was fetched with,
 * so that {@code totalCount}, resolved by each feature's GraphQL API, counts only when selected.
 *
 * @param <T> the row type
 * @param <E> the edge type, a subclass per connection so the schema names it "ActorEdge" and so on
 */
public abstract class Connection<T, E extends Edge<T>> {

    private final List<T> nodes;
    private final List<E> edges;
    private final PageInfo pageInfo;
    private final Filter filter;

    /**
     * @param fetched the rows fetched for this page: up to one more than the page size, which tells
     *        whether a next page exists
     * @param cursorOf the cursor of a row
     * @param edgeOf makes the edge of a row from its encoded cursor
     * @param filter the filter of the rows, without paging
     */
    protected Connection(List<T> fetched, PageRequest page, Function<T, Cursor> cursorOf,
            BiFunction<String, T, E> edgeOf, Filter filter) {
        boolean hasNextPage = fetched.size() > page.size();
        this.nodes = hasNextPage ? List.copyOf(fetched.subList(0, page.size())) : List.copyOf(fetched);
        this.edges = new ArrayList<>(nodes.size());
        for (T node : nodes) {
            edges.add(edgeOf.apply(cursorOf.apply(node).encode(), node));
        }
        String start = edges.isEmpty() ? null : edges.get(0).cursor;
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor;
        this.pageInfo = new PageInfo(hasNextPage, page.after() != null, start, end);
        this.filter = filter;
    }

    @NonNull
    @Description("The rows of this page.")
    public List<@NonNull T> getNodes() {
        return nodes;
    }

    @NonNull
    @Description("The rows of this page, each with its cursor.")
    public List<@NonNull E> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Paging information for this page.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    /** The filter of the rows, for counting them. */
    @Ignore
    public Filter filter() {
        return filter;
    }
}
