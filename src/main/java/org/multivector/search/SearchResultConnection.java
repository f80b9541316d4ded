package org.multivector.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.multivector.evidence.Certainty;
import org.multivector.paging.Connection;
import org.multivector.paging.Cursor;
import org.multivector.paging.Edge;
import org.multivector.paging.PageRequest;

@Type("SearchResultConnection")
@Description("A page of search results, best first, with how many there are in all and of each kind.")
public class SearchResultConnection extends Connection<SearchResult, SearchResultConnection.SearchResultEdge> {

    /** Cursors carry the position of a hit and the words searched for: a cursor of another search is refused. */
    static final String NAME = "searchResults";

    private final SearchText text;
    private final Collection<String> types;
    private final Collection<Certainty> certainty;
    /** Hits per type, counted once when totalCount or facets first asks: both visit every match. */
    private Map<String, Integer> counts;

    SearchResultConnection(List<SearchResult> fetched, PageRequest page, int offset, SearchText text,
            Collection<String> types, Collection<Certainty> certainty) {
        super(fetched, page, result -> new Cursor(NAME, offset + fetched.indexOf(result) + 1, text.key()),
                SearchResultEdge::new, null);
        this.text = text;
        this.types = types;
        this.certainty = certainty;
    }

    SearchText text() {
        return text;
    }

    Collection<String> types() {
        return types;
    }

    /** The hits of each type, counted by {@code counter} the first time they are asked for. */
    Map<String, Integer> counts(BiFunction<SearchText, Collection<Certainty>, Map<String, Integer>> counter) {
        if (counts == null) {
            counts = counter.apply(text, certainty);
        }
        return counts;
    }

    @Type("SearchResultEdge")
    @Description("A search result with its cursor.")
    public static class SearchResultEdge extends Edge<SearchResult> {

        SearchResultEdge(String cursor, SearchResult node) {
            super(cursor, node);
        }
    }
}
