package org.multivector.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.multivector.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Ranking, misspellings, folding, highlights, counts and paging of search on the seed. */
@QuarkusTest
class SearchRelevanceTest {

    static final String RESULTS = """
            query Results($text: String!, $types: [String], $certainty: [Certainty], $first: Int, $after: String) {
              searchResults(text: $text, types: $types, certainty: $certainty, first: $first, after: $after) {
                totalCount
                facets { type count }
                pageInfo { hasNextPage endCursor }
                edges { cursor }
                nodes {
                  score field
                  highlight { text ranges { start end } }
                  node {
                    __typename
                    ... on Actor { name }
                    ... on Event { name certainty }
                    ... on PunitiveMeasure { kind certainty }
                    ... on Membership { status certainty }
                    ... on Relation { type certainty }
                  }
                }
              }
            }
            """;

    @ParameterizedTest
    @ValueSource(strings = { "Kazakstan", "kazakstan", "Kazahkstan", "Kazakhstan’s", "KAZAKHSTAN'S", "Kazakhstan" })
    void aMisspeltOrPossessiveNameFindsItsActorFirst(String text) {
        GraphQL.query(RESULTS, Map.of("text", text))
                .body("errors", nullValue())
                .body("data.searchResults.nodes[0].node.name", equalTo("Kazakhstan"))
                .body("data.searchResults.nodes[0].field", equalTo("name"));
    }

    @Test
    void tokaevFindsKassymJomartTokayev() {
        GraphQL.query(RESULTS, Map.of("text", "Tokaev"))
                .body("data.searchResults.nodes[0].node.name", equalTo("Kassym-Jomart Tokayev"));
        GraphQL.query(SearchTest.SEARCH, Map.of("text", "tokaev"))
                .body("data.search[0].name", equalTo("Kassym-Jomart Tokayev"));
    }

    @Test
    void hitsComeBestScoreFirst() {
        JsonPath hits = GraphQL.query(RESULTS, Map.of("text", "Russia", "first", 50)).extract().jsonPath();
        assertEquals("Russia", hits.getString("data.searchResults.nodes[0].node.name"));
        List<Float> scores = hits.getList("data.searchResults.nodes.score", Float.class);
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i) <= scores.get(i - 1), "best first: " + scores);
        }
    }

    @Test
    void theHighlightMarksTheMatchedWordsInTheMatchedText() {
        JsonPath hit = GraphQL.query(RESULTS, Map.of("text", "phytosanitary", "first", 1)).extract().jsonPath();
        assertEquals("PunitiveMeasure", hit.getString("data.searchResults.nodes[0].node.__typename"));
        String text = hit.getString("data.searchResults.nodes[0].highlight.text");
        int start = hit.getInt("data.searchResults.nodes[0].highlight.ranges[0].start");
        int end = hit.getInt("data.searchResults.nodes[0].highlight.ranges[0].end");
        assertEquals("phytosanitary", text.substring(start, end).toLowerCase());

        JsonPath alias = GraphQL.query(RESULTS, Map.of("text", "csto")).extract().jsonPath();
        assertEquals("alias", alias.getString("data.searchResults.nodes[0].field"));
        assertEquals("CSTO", alias.getString("data.searchResults.nodes[0].highlight.text"));
        assertEquals(List.of(Map.of("start", 0, "end", 4)), alias.getList("data.searchResults.nodes[0].highlight.ranges"));
    }

    @Test
    void aMisspellingIsHighlightedWhereItMatched() {
        JsonPath hit = GraphQL.query(RESULTS, Map.of("text", "Tokaev", "first", 1)).extract().jsonPath();
        String text = hit.getString("data.searchResults.nodes[0].highlight.text");
        int start = hit.getInt("data.searchResults.nodes[0].highlight.ranges[0].start");
        int end = hit.getInt("data.searchResults.nodes[0].highlight.ranges[0].end");
        assertEquals("Tokayev", text.substring(start, end));
    }

    @Test
    void searchResultsListTheHitsOfSearchInTheSameOrder() {
        for (String text : List.of("kazakhstan", "ban", "russia ukraine", "brics")) {
            List<String> plain = GraphQL.query(SearchTest.SEARCH, Map.of("text", text, "first", 50)).extract()
                    .jsonPath().getList("data.search.__typename");
            JsonPath rich = GraphQL.query(RESULTS, Map.of("text", text, "first", 50)).extract().jsonPath();
            assertEquals(plain, rich.getList("data.searchResults.nodes.node.__typename"), text);
        }
    }

    @Test
    void countsAndFacetsCoverEveryPage() {
        JsonPath all = GraphQL.query(RESULTS, Map.of("text", "kazakhstan", "first", 50)).extract().jsonPath();
        int total = all.getInt("data.searchResults.totalCount");
        assertEquals(total, all.getList("data.searchResults.nodes").size(), "all hits fit one page of 50");
        List<Integer> facetCounts = all.getList("data.searchResults.facets.count", Integer.class);
        assertEquals(total, facetCounts.stream().mapToInt(Integer::intValue).sum());
        for (Map<String, Object> facet : all.<Map<String, Object>> getList("data.searchResults.facets")) {
            long ofType = all.getList("data.searchResults.nodes.node.__typename").stream()
                    .filter(facet.get("type")::equals).count();
            assertEquals(((Number) facet.get("count")).longValue(), ofType, facet.toString());
        }

        JsonPath actors = GraphQL.query(RESULTS, Map.of("text", "kazakhstan", "types", List.of("Actor"), "first", 50))
                .extract().jsonPath();
        assertTrue(actors.getList("data.searchResults.nodes.node.__typename").stream().allMatch("Actor"::equals));
        assertEquals(actors.getList("data.searchResults.nodes").size(), actors.getInt("data.searchResults.totalCount"));
        assertEquals(all.getList("data.searchResults.facets"), actors.getList("data.searchResults.facets"),
                "facets count every kind whatever `types` selects");
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        JsonPath whole = GraphQL.query(RESULTS, Map.of("text", "russia", "first", 12)).extract().jsonPath();
        List<Object> expected = whole.getList("data.searchResults.nodes.highlight.text");
        JsonPath first = GraphQL.query(RESULTS, Map.of("text", "russia", "first", 5)).extract().jsonPath();
        assertTrue(first.getBoolean("data.searchResults.pageInfo.hasNextPage"));
        String cursor = first.getString("data.searchResults.pageInfo.endCursor");
        JsonPath second = GraphQL.query(RESULTS, Map.of("text", "russia", "first", 7, "after", cursor)).extract().jsonPath();
        List<Object> paged = new ArrayList<>(first.getList("data.searchResults.nodes.highlight.text"));
        paged.addAll(second.getList("data.searchResults.nodes.highlight.text"));
        assertEquals(expected, paged);
    }

    @Test
    void aCursorOfAnotherSearchIsRefused() {
        String cursor = GraphQL.query(RESULTS, Map.of("text", "russia", "first", 2)).extract()
                .path("data.searchResults.pageInfo.endCursor");
        GraphQL.query(RESULTS, Map.of("text", "kazakhstan", "after", cursor))
                .body("errors[0].message", containsString("Invalid cursor"))
                .body("errors[0].extensions.code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void theCertaintyFilterKeepsActorsAndFactsOfThoseCertainties() {
        GraphQL.query(RESULTS, Map.of("text", "russian", "certainty", List.of("HYPOTHETICAL"), "first", 50))
                .body("errors", nullValue())
                .body("data.searchResults.nodes.node.findAll { it.__typename != 'Actor' }.certainty",
                        everyItem(equalTo("HYPOTHETICAL")))
                .body("data.searchResults.nodes.node.__typename", hasItem("Event"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "[]", "[\"Source\"]", "[null]" })
    void badTypesAreRefusedByName(String types) {
        GraphQL.query("{ searchResults(text: \"russia\", types: " + types + ") { totalCount } }")
                .body("errors[0].message", containsString("Argument 'types'"))
                .body("errors[0].message", not(containsString("Exception")));
    }

    @Test
    void pagingStopsAtTheConfiguredDepth() {
        String cursor = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("v1|searchResults|995|russia".getBytes());
        GraphQL.query(RESULTS, Map.of("text", "russia", "first", 10, "after", cursor))
                .body("errors[0].message", containsString("paged up to hit 1000"));
    }

    @Test
    void anyInputStaysBoundedAndAnswers() {
        String longWord = "k".repeat(2_000);
        GraphQL.query(RESULTS, Map.of("text", longWord)).body("errors", nullValue())
                .body("data.searchResults.totalCount", equalTo(0));
        GraphQL.query(RESULTS, Map.of("text", "a b c d e f g h", "first", 50)).body("errors", nullValue());
        GraphQL.query(RESULTS, Map.of("text", "of the", "first", 50)).body("errors", nullValue())
                .body("data.searchResults.nodes", hasSize(greaterThan(0)))
                .body("data.searchResults.nodes.size()", lessThanOrEqualTo(50));
        GraphQL.query(RESULTS, Map.of("text", "?! … — ’")).body("errors", nullValue())
                .body("data.searchResults.totalCount", equalTo(0))
                .body("data.searchResults.facets", hasSize(0));
        GraphQL.query(RESULTS, Map.of("text", "a b c d e f g h i"))
                .body("errors[0].message", equalTo("Argument 'text' has 9 words; at most 8 are searched"));
        GraphQL.query(RESULTS, Map.of("text", "x".repeat(20_001)))
                .body("errors[0].message", equalTo("Argument 'text' has 20001 characters; at most 20000 are searched"));
    }
}
