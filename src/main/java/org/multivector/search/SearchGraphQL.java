package org.multivector.search;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.multivector.common.SearchHit;
import org.multivector.config.MultivectorConfig;
import org.multivector.errors.InvalidArgumentException;
import org.multivector.errors.InvalidCursorException;
import org.multivector.evidence.Certainty;
import org.multivector.paging.Cursor;
import org.multivector.paging.PageRequest;
import org.multivector.search.SearchResult.Facet;

@GraphQLApi
public class SearchGraphQL {

    private static final String TEXT = "Words to look for; every word must match in one field: whole, as the start of a"
            + " word, or, in names, with a typo or two. Case, accents and apostrophes do not matter. At most 8 words.";

    @Inject
    SearchService search;

    @Inject
    MultivectorConfig config;

    @Query("search")
    @Description("Actors and facts matching a text, best match first: names and aliases, descriptions, "
            + "measure texts, relation types, evidence quotes and the passages that mention actors. "
            + "`searchResults` gives the same hits with scores, highlights and counts.")
    public @NonNull List<@NonNull SearchHit> search(
            @NonNull @Description(TEXT) String text,
            @Description("How many hits at most: 1 to the configured maximum (50 by default); 10 when omitted.") Integer first,
            @Description("Only facts stated with one of these certainties; all when omitted. Actors, not being "
                    + "claims, are found either way.") List<Certainty> certainty) {
        SearchText words = SearchText.parse(text);
        return search.search(words, null, Certainty.filter(certainty, "certainty"), 0, size(first), false).stream()
                .map(result -> result.node).toList();
    }

    @Query("searchResults")
    @Description("The hits of `search`, in the same order, each with its score, the field that matched and the "
            + "matched words marked; with the count of all hits and of each kind, and paging.")
    public @NonNull SearchResultConnection searchResults(
            @NonNull @Description(TEXT) String text,
            @Description("Only hits of these kinds: Actor, Event, PunitiveMeasure, Membership, Relation; all when omitted.")
            List<String> types,
            @Description("Only facts stated with one of these certainties; all when omitted. Actors, not being "
                    + "claims, are found either way.") List<Certainty> certainty,
            @Description("How many hits at most: 1 to the configured maximum (50 by default); 10 when omitted.") Integer first,
            @Description("A cursor of this same search: the page starts after it.") String after) {
        SearchText words = SearchText.parse(text);
        int size = size(first);
        Cursor cursor = after == null ? null : Cursor.decode(after, SearchResultConnection.NAME);
        if (cursor != null && (!words.key().equals(cursor.sortKey()) || cursor.id() < 1)) {
            throw new InvalidCursorException(after);
        }
        int offset = cursor == null ? 0 : (int) Math.min(cursor.id(), Integer.MAX_VALUE - 100);
        int depth = config.search().maxDepth();
        if (offset + size > depth) {
            throw new InvalidArgumentException("Search results are paged up to hit " + depth + "; `after` and `first`"
                    + " ask for hit " + (offset + size) + ": narrow the search with more words, types or certainty");
        }
        Collection<String> kinds = types(types);
        Collection<Certainty> certainties = Certainty.filter(certainty, "certainty");
        // One more than the page: it tells whether a next page exists.
        List<SearchResult> fetched = search.search(words, kinds, certainties, offset, size + 1, true);
        return new SearchResultConnection(fetched, new PageRequest(size, cursor), offset, words, kinds, certainties);
    }

    @Name("totalCount")
    @Description("How many hits the search has across all pages.")
    public @NonNull int totalCount(@Source SearchResultConnection connection) {
        return connection.counts(search::countByType).entrySet().stream()
                .filter(count -> connection.types() == null || connection.types().contains(count.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
    }

    @Name("facets")
    @Description("How many hits of each kind the text has (with the certainty filter, whatever `types` selects), "
            + "kinds without hits left out, most first.")
    public @NonNull List<@NonNull Facet> facets(@Source SearchResultConnection connection) {
        return connection.counts(search::countByType).entrySet().stream()
                .filter(count -> count.getValue() > 0)
                .sorted(Map.Entry.<String, Integer> comparingByValue().reversed())
                .map(count -> new Facet(count.getKey(), count.getValue()))
                .toList();
    }

    private int size(Integer first) {
        int size = first == null ? config.search().defaultSize() : first;
        if (size < 1 || size > config.search().maxSize()) {
            throw new InvalidArgumentException("Argument 'first' must be between 1 and " + config.search().maxSize()
                    + ", got " + first);
        }
        return size;
    }

    private static Collection<String> types(List<String> types) {
        if (types == null) {
            return null;
        }
        if (types.isEmpty()) {
            throw new InvalidArgumentException("Argument 'types' must name at least one type, or be left out for all");
        }
        for (String type : types) {
            if (type == null) {
                throw new InvalidArgumentException("Argument 'types' must not hold null");
            }
            if (!SearchDocuments.TYPES.contains(type)) {
                throw new InvalidArgumentException("Argument 'types' holds '" + type + "'; the types are "
                        + String.join(", ", SearchDocuments.TYPES));
            }
        }
        return new LinkedHashSet<>(types);
    }
}
