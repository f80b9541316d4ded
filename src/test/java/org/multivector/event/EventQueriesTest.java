package org.multivector.event;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EventQueriesTest {

    static final String EVENTS = """
            query Events($first: Int, $after: String) {
              events(first: $first, after: $after) {
                totalCount
                nodes { name kind date place { name } participants { name } evidence { quote } }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;

    @Test
    void theArticlesEvents() {
        GraphQL.query(EVENTS, Map.of("first", 50))
                .body("errors", nullValue())
                .body("data.events.totalCount", equalTo(9))
                .body("data.events.nodes.kind", containsInAnyOrder("SUMMIT", "DECISION", "MEASURE", "WAR", "DISSOLUTION",
                        "RIVALRY", "OUTCOME", "OUTCOME", "ACCESSION"))
                .body("data.events.nodes.date", everyItem(nullValue()))
                .body("data.events.nodes.collect { it.evidence.size() }", everyItem(greaterThanOrEqualTo(1)));
    }

    @Test
    void theKazanSummitHasItsPlaceAndParticipants() {
        GraphQL.query(EVENTS, Map.of("first", 1))
                .body("data.events.nodes[0].name", equalTo("BRICS summit in Kazan"))
                .body("data.events.nodes[0].place.name", equalTo("Kazan"))
                .body("data.events.nodes[0].participants.name", contains("BRICS"))
                .body("data.events.pageInfo.hasNextPage", equalTo(true));
    }

    @Test
    void theWarInvolvesRussiaAndUkraine() {
        List<Map<String, Object>> events = GraphQL.query(EVENTS, Map.of("first", 50)).extract()
                .path("data.events.nodes.findAll { it.kind == 'WAR' }");
        assertEquals(1, events.size());
        GraphQL.query(EVENTS, Map.of("first", 50))
                .body("data.events.nodes.find { it.kind == 'WAR' }.participants.name",
                        containsInAnyOrder("Russia", "Ukraine"))
                .body("data.events.nodes.find { it.kind == 'WAR' }.place", nullValue());
    }

    @Test
    void pagesOfFourCoverAllNineEvents() {
        String cursor = GraphQL.query(EVENTS, Map.of("first", 4)).extract().path("data.events.pageInfo.endCursor");
        String next = GraphQL.query(EVENTS, Map.of("first", 4, "after", cursor))
                .body("data.events.nodes", hasSize(4))
                .extract().path("data.events.pageInfo.endCursor");
        GraphQL.query(EVENTS, Map.of("first", 4, "after", next))
                .body("data.events.nodes", hasSize(1))
                .body("data.events.pageInfo.hasNextPage", equalTo(false));
    }
}
