package org.multivector.evidence;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.multivector.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/** The certainty filter of every fact list: what it lets through, and that totalCount agrees. */
@QuarkusTest
class CertaintyFilterTest {

    static final List<String> CERTAINTIES = List.of("ASSERTED", "ASSESSED", "REPORTED", "HYPOTHETICAL");

    static final String CONNECTION = """
            query Filtered($certainty: [Certainty]) {
              %s(certainty: $certainty, first: 100) { totalCount nodes { certainty } }
            }
            """;

    static final String NESTED = """
            query Nested($name: String!, $certainty: [Certainty]) {
              actor(name: $name) {
                memberships(certainty: $certainty) { certainty }
                members(certainty: $certainty) { certainty }
                measuresImposed(certainty: $certainty) { certainty }
                measuresReceived(certainty: $certainty) { certainty }
                relations(certainty: $certainty) { certainty }
              }
            }
            """;

    @ParameterizedTest
    @ValueSource(strings = { "memberships", "punitiveMeasures", "relations", "events" })
    void eachCertaintyFiltersTheConnectionAndItsTotalCountAgrees(String connection) {
        String document = CONNECTION.formatted(connection);
        int all = GraphQL.query(document).extract().path("data." + connection + ".totalCount");
        int sum = 0;
        for (String certainty : CERTAINTIES) {
            List<String> certainties = GraphQL.query(document, Map.of("certainty", List.of(certainty)))
                    .body("errors", nullValue())
                    .body("data." + connection + ".nodes.certainty", everyItem(is(certainty)))
                    .extract().path("data." + connection + ".nodes.certainty");
            int total = GraphQL.query(document, Map.of("certainty", List.of(certainty))).extract()
                    .path("data." + connection + ".totalCount");
            assertEquals(certainties.size(), total, connection + " " + certainty + ": totalCount counts the nodes");
            sum += total;
        }
        assertEquals(all, sum, connection + ": every fact has exactly one certainty");
        List<String> unfiltered = GraphQL.query(document).extract().path("data." + connection + ".nodes.certainty");
        int twoOfThem = GraphQL.query(document, Map.of("certainty", List.of("REPORTED", "HYPOTHETICAL"))).extract()
                .path("data." + connection + ".totalCount");
        assertEquals(unfiltered.stream().filter(List.of("REPORTED", "HYPOTHETICAL")::contains).count(), twoOfThem);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Kazakhstan", "Russia", "BRICS" })
    void anActorsFactListsFilterAsTheConnectionsDo(String name) {
        Map<String, List<Map<String, String>>> all = GraphQL.query(NESTED, Map.of("name", name)).extract()
                .path("data.actor");
        for (String certainty : CERTAINTIES) {
            Map<String, List<Map<String, String>>> filtered = GraphQL.query(NESTED,
                    Map.of("name", name, "certainty", List.of(certainty))).extract().path("data.actor");
            all.forEach((field, facts) -> assertEquals(
                    facts.stream().filter(fact -> fact.get("certainty").equals(certainty)).toList(),
                    filtered.get(field), name + "." + field + " with " + certainty));
        }
    }

    @Test
    void theArticlesAssertionsHoldNoScenarioOrReportedView() {
        GraphQL.query(CONNECTION.formatted("relations"), Map.of("certainty", List.of("ASSERTED")))
                .body("data.relations.nodes.certainty", not(hasItem("REPORTED")))
                .body("data.relations.nodes.certainty", not(hasItem("HYPOTHETICAL")));
        GraphQL.query("""
                { relations(subject: "BRICS", certainty: [ASSERTED]) { totalCount }
                  punitiveMeasures(certainty: [ASSERTED]) { nodes { kind status } } }
                """)
                .body("data.relations.totalCount", is(0))
                .body("data.punitiveMeasures.nodes.status", everyItem(is("IMPOSED")));
    }

    @Test
    void searchKeepsActorsAndTheFactsOfTheGivenCertainty() {
        String search = """
                query Search($certainty: [Certainty]) {
                  search(text: "victory", first: 50, certainty: $certainty) {
                    __typename
                    ... on Event { certainty }
                    ... on PunitiveMeasure { certainty }
                    ... on Relation { certainty }
                    ... on Membership { certainty }
                  }
                }
                """;
        List<String> all = GraphQL.query(search).extract().path("data.search.certainty");
        assertTrue(all.contains("HYPOTHETICAL"), "the scenarios of a Russian victory are found: " + all);
        GraphQL.query(search, Map.of("certainty", List.of("ASSERTED")))
                .body("errors", nullValue())
                .body("data.search.certainty", not(hasItem("HYPOTHETICAL")));
        GraphQL.query(search, Map.of("certainty", List.of("HYPOTHETICAL")))
                .body("data.search.findAll { it.__typename != 'Actor' }.certainty", everyItem(is("HYPOTHETICAL")));
    }

    @Test
    void anEmptyOrNullCertaintyIsAClearError() {
        GraphQL.query("{ memberships(certainty: []) { totalCount } }")
                .body("errors[0].message", containsString("Argument 'certainty' lists no certainty"));
        GraphQL.query("{ actor(name: \"Kazakhstan\") { relations(certainty: [null]) { type } } }")
                .body("errors[0].message", containsString("Argument 'certainty' holds null"));
        GraphQL.query("{ events(certainty: [ASSERTED, PROBABLE]) { totalCount } }")
                .body("errors[0].message", containsString("'PROBABLE'"))
                .body("errors[0].message", not(containsString("Value{")));
    }
}
