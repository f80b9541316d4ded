package org.multivector.actor;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.multivector.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ActorQueriesTest {

    static final String ACTOR_BY_NAME = """
            query ActorByName($name: String!) {
              actor(name: $name) { id name kind aliases description }
            }
            """;

    static final String ACTOR_BY_ID = """
            query ActorById($id: ID!) {
              actor(id: $id) { name }
            }
            """;

    static final String ACTORS = """
            query Actors($kind: ActorKind, $search: String, $first: Int, $after: String) {
              actors(kind: $kind, search: $search, first: $first, after: $after) {
                totalCount
                nodes { name kind }
                edges { cursor node { name } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }
            """;

    @ParameterizedTest
    @ValueSource(strings = { "Collective Security Treaty Organisation", "collective security treaty organisation",
            "Collective  Security Treaty Organisation", "CSTO", "csto", "  Csto  ", "Collective Security Treaty Organization" })
    void actorResolvesCanonicalNameAndAliasesCaseInsensitively(String name) {
        GraphQL.query(ACTOR_BY_NAME, Map.of("name", name))
                .body("errors", nullValue())
                .body("data.actor.name", equalTo("Collective Security Treaty Organisation"))
                .body("data.actor.kind", equalTo("ORGANISATION"))
                .body("data.actor.aliases", hasItem("CSTO"));
    }

    @Test
    void actorByIdReturnsTheSameActorAsByName() {
        String id = GraphQL.query(ACTOR_BY_NAME, Map.of("name", "Russian Federation"))
                .body("data.actor.name", equalTo("Russia"))
                .extract().path("data.actor.id");
        GraphQL.query(ACTOR_BY_ID, Map.of("id", id)).body("data.actor.name", equalTo("Russia"));
    }

    @Test
    void unknownActorIsNull() {
        GraphQL.query(ACTOR_BY_NAME, Map.of("name", "Atlantis"))
                .body("errors", nullValue())
                .body("data.actor", nullValue());
        GraphQL.query(ACTOR_BY_ID, Map.of("id", "987654321")).body("data.actor", nullValue());
    }

    @Test
    void actorNeedsExactlyOneOfIdAndName() {
        GraphQL.query("{ actor { name } }")
                .body("errors[0].message", equalTo("Give exactly one of the arguments 'id' and 'name'"))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        GraphQL.query("""
                { actor(id: "1", name: "Russia") { name } }
                """)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }

    @Test
    void seedHoldsTheActorsTheArticleNames() {
        Map<String, String> expectedKinds = Map.ofEntries(
                Map.entry("Kazakhstan", "STATE"), Map.entry("Russia", "STATE"), Map.entry("China", "STATE"),
                Map.entry("United States", "STATE"), Map.entry("Belarus", "STATE"), Map.entry("Ukraine", "STATE"),
                Map.entry("Soviet Union", "STATE"), Map.entry("BRICS", "ORGANISATION"),
                Map.entry("Collective Security Treaty Organisation", "ORGANISATION"),
                Map.entry("Eurasian Economic Union", "ORGANISATION"), Map.entry("Vladimir Putin", "PERSON"),
                Map.entry("Kassym-Jomart Tokayev", "PERSON"), Map.entry("Kremlin", "GOVERNMENT_BODY"),
                Map.entry("Kazan", "CITY"), Map.entry("Astana", "CITY"), Map.entry("Moscow", "CITY"),
                Map.entry("Central Asia", "REGION"), Map.entry("Europe", "REGION"),
                Map.entry("Northern Kazakhstan", "REGION"));
        expectedKinds.forEach((name, kind) -> GraphQL.query(ACTOR_BY_NAME, Map.of("name", name))
                .body("data.actor.name", equalTo(name))
                .body("data.actor.kind", equalTo(kind)));
    }

    @Test
    void actorsAreOrderedByNameAndFilteredByKind() {
        JsonPath states = GraphQL.query(ACTORS, Map.of("kind", "STATE", "first", 100))
                .body("errors", nullValue())
                .body("data.actors.nodes.kind", everyItem(equalTo("STATE")))
                .body("data.actors.nodes.name", hasItems("Belarus", "China", "Kazakhstan", "Russia"))
                .extract().jsonPath();
        List<String> names = states.getList("data.actors.nodes.name");
        List<String> sorted = new ArrayList<>(names);
        sorted.sort((a, b) -> a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT)));
        assertEquals(sorted, names);
        assertEquals(names.size(), states.getInt("data.actors.totalCount"));
    }

    @Test
    void actorsSearchMatchesNamesAndAliases() {
        GraphQL.query(ACTORS, Map.of("search", "kazakh"))
                .body("data.actors.nodes.name", contains("Kazakhstan", "Northern Kazakhstan"))
                .body("data.actors.totalCount", equalTo(2));
        GraphQL.query(ACTORS, Map.of("search", "EAEU"))
                .body("data.actors.nodes.name", contains("Eurasian Economic Union"));
        GraphQL.query(ACTORS, Map.of("search", "100%_match"))
                .body("errors", nullValue())
                .body("data.actors.nodes", hasSize(0))
                .body("data.actors.totalCount", equalTo(0));
    }

    @Test
    void pagingWithCursorsVisitsEveryActorOnce() {
        int total = GraphQL.query(ACTORS, Map.of("first", 100)).extract().path("data.actors.totalCount");
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        int pages = 0;
        while (hasNext) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("first", 3);
            variables.put("after", after);
            JsonPath page = GraphQL.query(ACTORS, variables).body("errors", nullValue()).extract().jsonPath();
            List<String> names = page.getList("data.actors.nodes.name");
            assertEquals(names, page.getList("data.actors.edges.node.name"));
            assertEquals(after != null, page.getBoolean("data.actors.pageInfo.hasPreviousPage"));
            seen.addAll(names);
            hasNext = page.getBoolean("data.actors.pageInfo.hasNextPage");
            after = page.getString("data.actors.pageInfo.endCursor");
            pages++;
        }
        assertEquals(total, seen.size());
        assertEquals(total, seen.stream().distinct().count());
        assertEquals((total + 2) / 3, pages);
    }

    @Test
    void edgeCursorContinuesRightAfterItsRow() {
        JsonPath first = GraphQL.query(ACTORS, Map.of("first", 5)).extract().jsonPath();
        String thirdCursor = first.getString("data.actors.edges[2].cursor");
        GraphQL.query(ACTORS, Map.of("first", 2, "after", thirdCursor))
                .body("data.actors.nodes.name", contains(first.getString("data.actors.nodes[3].name"),
                        first.getString("data.actors.nodes[4].name")));
    }

    @Test
    void pageAfterTheLastHasNoNodes() {
        String last = GraphQL.query(ACTORS, Map.of("first", 100)).extract().path("data.actors.pageInfo.endCursor");
        GraphQL.query(ACTORS, Map.of("after", last))
                .body("errors", nullValue())
                .body("data.actors.nodes", hasSize(0))
                .body("data.actors.edges", hasSize(0))
                .body("data.actors.pageInfo.hasNextPage", equalTo(false))
                .body("data.actors.pageInfo.endCursor", nullValue());
    }

    @Test
    void firstZeroReturnsNoRowsButTellsWhetherThereAreAny() {
        GraphQL.query(ACTORS, Map.of("first", 0))
                .body("data.actors.nodes", hasSize(0))
                .body("data.actors.pageInfo.hasNextPage", equalTo(true))
                .body("data.actors.totalCount", notNullValue());
    }

    @Test
    void defaultPageSizeIsTwenty() {
        JsonPath page = GraphQL.query(ACTORS).extract().jsonPath();
        int total = page.getInt("data.actors.totalCount");
        assertEquals(Math.min(20, total), page.getList("data.actors.nodes").size());
        assertEquals(total > 20, page.getBoolean("data.actors.pageInfo.hasNextPage"));
    }

    @ParameterizedTest
    @ValueSource(ints = { -1, 101, 100000 })
    void firstOutOfRangeIsAClearError(int first) {
        GraphQL.query(ACTORS, Map.of("first", first))
                .body("data", nullValue())
                .body("errors[0].message", equalTo("Argument 'first' must be between 0 and 100, got " + first))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].path", contains("actors"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "not-a-cursor", "djF8YWN0b3JzfHh8eA", "", "%%%", "djF8cmVsYXRpb25zfDF8" })
    void badCursorIsAClearError(String cursor) {
        GraphQL.query(ACTORS, Map.of("after", cursor))
                .body("data", nullValue())
                .body("errors[0].message", containsString("Invalid cursor"))
                .body("errors[0].message", containsString("argument 'after'"))
                .body("errors[0].extensions.code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void cursorOfAnotherConnectionIsRefused() {
        String membershipCursor = GraphQL.query("""
                { memberships(first: 1) { pageInfo { endCursor } } }
                """).extract().path("data.memberships.pageInfo.endCursor");
        GraphQL.query(ACTORS, Map.of("after", membershipCursor))
                .body("errors[0].extensions.code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void cursorsAreOpaqueAndStable() {
        JsonPath once = GraphQL.query(ACTORS, Map.of("first", 4)).extract().jsonPath();
        JsonPath again = GraphQL.query(ACTORS, Map.of("first", 4)).extract().jsonPath();
        List<String> cursors = once.getList("data.actors.edges.cursor");
        assertEquals(cursors, again.getList("data.actors.edges.cursor"));
        for (String cursor : cursors) {
            assertFalse(cursor.toLowerCase(Locale.ROOT).contains("actor"), cursor);
            assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
        }
    }

    @Test
    void actorSearchRejectsBlankText() {
        GraphQL.query(ACTORS, Map.of("search", "  "))
                .body("errors[0].message", equalTo("Argument 'search' must not be blank"))
                .body("data", nullValue());
    }
}
