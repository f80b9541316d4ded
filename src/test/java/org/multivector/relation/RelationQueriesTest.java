package org.multivector.relation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RelationQueriesTest {

    static final String RELATIONS = """
            query Relations($subject: String, $object: String, $type: String, $first: Int, $after: String) {
              relations(subject: $subject, object: $object, type: $type, first: $first, after: $after) {
                totalCount
                nodes { type subject { name } object { name } evidence { quote } }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;

    @Test
    void leadersOfKazakhstanAndRussia() {
        GraphQL.query(RELATIONS, Map.of("type", "LEADER_OF"))
                .body("errors", nullValue())
                .body("data.relations.nodes.subject.name", containsInAnyOrder("Kassym-Jomart Tokayev", "Vladimir Putin"))
                .body("data.relations.nodes.object.name", containsInAnyOrder("Kazakhstan", "Russia"));
        GraphQL.query(RELATIONS, Map.of("subject", "Tokayev", "type", "leader of"))
                .body("data.relations.nodes.object.name", contains("Kazakhstan"))
                .body("data.relations.nodes[0].evidence[0].quote",
                        equalTo("Kazakhstan’s President Kassym-Jomart Tokayev"));
    }

    @Test
    void astanaIsTheCapitalOfKazakhstan() {
        GraphQL.query(RELATIONS, Map.of("object", "Kazakhstan", "type", "capital_of"))
                .body("data.relations.nodes.subject.name", contains("Astana"));
    }

    @Test
    void russiasHistoricalBufferStates() {
        GraphQL.query(RELATIONS, Map.of("object", "Russia", "type", "BUFFER_STATE_OF"))
                .body("data.relations.totalCount", equalTo(3))
                .body("data.relations.nodes.subject.name", containsInAnyOrder("Kazakhstan", "Belarus", "Ukraine"));
        GraphQL.query(RELATIONS, Map.of("subject", "Kazakhstan", "type", "FORMER_SATELLITE_OF"))
                .body("data.relations.nodes.object.name", contains("Russia"));
    }

    @Test
    void alignmentsOfTheTwoCamps() {
        GraphQL.query(RELATIONS, Map.of("type", "ALIGNED_WITH"))
                .body("data.relations.nodes.collect { it.subject.name + '-' + it.object.name }",
                        containsInAnyOrder("Russia-China", "United States-Europe"));
    }

    @Test
    void actorRelationsIncludeBothDirections() {
        GraphQL.query("""
                query Relations($name: String!) { actor(name: $name) { relations { type subject { name } object { name } } } }
                """, Map.of("name", "Kazakhstan"))
                .body("data.actor.relations.type",
                        hasItems("LEADER_OF", "CAPITAL_OF", "PART_OF", "BUFFER_STATE_OF", "FORMER_SATELLITE_OF",
                                "NEIGHBOUR_OF", "PARTNER_OF", "CLOSE_RELATIONSHIP_WITH", "VASSAL_OF"))
                .body("data.actor.relations.type", not(hasItem("LOCATED_IN")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachActorOfAPageHasItsRelationsOnceEachInTheOrderTheyWereStored() {
        List<Map<String, Object>> actors = GraphQL.query("""
                query Relations($first: Int) {
                  actors(first: $first) { nodes { name relations { id subject { name } object { name } } } }
                }
                """, Map.of("first", 100)).extract().path("data.actors.nodes");
        int shared = 0;
        for (Map<String, Object> actor : actors) {
            List<Map<String, Object>> relations = (List<Map<String, Object>>) actor.get("relations");
            List<Long> ids = relations.stream().map(relation -> Long.valueOf((String) relation.get("id"))).toList();
            assertEquals(ids.stream().sorted().distinct().toList(), ids, actor.get("name") + ": once each, in id order");
            for (Map<String, Object> relation : relations) {
                Object subject = ((Map<?, ?>) relation.get("subject")).get("name");
                Object object = ((Map<?, ?>) relation.get("object")).get("name");
                assertTrue(actor.get("name").equals(subject) || actor.get("name").equals(object),
                        actor.get("name") + " is neither side of " + relation);
                if (actors.stream().anyMatch(other -> other != actor
                        && (other.get("name").equals(subject) || other.get("name").equals(object)))) {
                    shared++;
                }
            }
        }
        // both sides of a relation on the page: it is read once and handed to each
        assertTrue(shared > 0, "no relation between two actors of the page");
    }

    @Test
    void everyRelationHasEvidence() {
        GraphQL.query(RELATIONS, Map.of("first", 100))
                .body("data.relations.nodes.collect { it.evidence.size() }", everyItem(greaterThanOrEqualTo(1)));
    }

    @Test
    void blankTypeIsRefused() {
        GraphQL.query(RELATIONS, Map.of("type", " "))
                .body("errors[0].message", equalTo("Argument 'type' must not be blank"))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }
}
