package org.multivector.actor;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;
import org.multivector.support.TestDatabases;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * {@code actors(search:)} reads the actors of few matching names by id, those of more with a
 * subquery, and walks the actors in name order when most names match. With the limits at one and
 * three names, the seed's names take each way; the answers must be those of the reads by id
 * ({@link ActorQueriesTest}).
 */
@QuarkusTest
@TestProfile(ActorNameSearchTest.SmallLimits.class)
class ActorNameSearchTest {

    /** One matching name is read by id, two or three with a subquery, four or more by the walk. */
    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A database of its own, so that its restart with other limits leaves the shared one
            // alone (on H2 2.4.240 the next suite's inserts failed after it: MigrationsTest).
            return Map.of("quarkus.datasource.jdbc.url", TestDatabases.url("actor-name-search"),
                    "multivector.paging.name-search-id-limit", "1",
                    "multivector.paging.name-search-walk-from", "3");
        }
    }

    static final String BY_ID = "id in :searchIds";
    static final String SUBQUERY = "id in (select n.actorId from ActorName n";
    static final String WALK = "exists (select 1 from ActorName n";

    @Inject
    SessionFactory sessionFactory;

    static final String ACTORS = """
            query Actors($kind: ActorKind, $search: String, $first: Int, $after: String) {
              actors(kind: $kind, search: $search, first: $first, after: $after) {
                totalCount
                nodes { name aliases }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;

    @Test
    void fourMatchingNamesAreWalked() {
        // Kazakhstan (and two aliases), Northern Kazakhstan
        assertEquals(WALK, wayOf(() -> GraphQL.query(ACTORS, Map.of("search", "kazakh"))
                .body("errors", nullValue())
                .body("data.actors.nodes.name", contains("Kazakhstan", "Northern Kazakhstan"))
                .body("data.actors.totalCount", equalTo(2))));
        assertEquals(WALK, wayOf(() -> GraphQL.query(ACTORS, Map.of("search", "kazakh", "kind", "REGION"))
                .body("data.actors.nodes.name", contains("Northern Kazakhstan"))
                .body("data.actors.totalCount", equalTo(1))));
    }

    @Test
    void twoMatchingNamesAreReadWithASubquery() {
        assertEquals(SUBQUERY, wayOf(() -> GraphQL.query(ACTORS, Map.of("search", "union"))
                .body("errors", nullValue())
                .body("data.actors.nodes.name", contains("Eurasian Economic Union", "Soviet Union"))
                .body("data.actors.totalCount", equalTo(2))));
    }

    @Test
    void oneOrNoMatchingNameIsReadById() {
        assertEquals(BY_ID, wayOf(() -> GraphQL.query(ACTORS, Map.of("search", "EAEU"))
                .body("data.actors.nodes.name", contains("Eurasian Economic Union"))
                .body("data.actors.totalCount", equalTo(1))));
        assertEquals(BY_ID, wayOf(() -> GraphQL.query(ACTORS, Map.of("search", "100%_match"))
                .body("errors", nullValue())
                .body("data.actors.nodes", hasSize(0))
                .body("data.actors.totalCount", equalTo(0))));
    }

    /** Which of the three conditions the actor queries of the request used; each must use one. */
    private String wayOf(Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        Set<String> ways = new HashSet<>();
        for (String query : statistics.getQueries()) {
            for (String way : List.of(BY_ID, SUBQUERY, WALK)) {
                if (query.contains(way)) {
                    ways.add(way);
                }
            }
        }
        assertEquals(1, ways.size(), "one way of searching names, in " + List.of(statistics.getQueries()));
        return ways.iterator().next();
    }

    @Test
    void pagesOfAWalkVisitEveryMatchingActorOnceInNameOrder() {
        List<String> expected = allPages(null, 100).stream()
                .filter(node -> namesOf(node).stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).contains("an")))
                .map(node -> (String) node.get("name"))
                .toList();
        assertTrue(expected.size() > 3, "the seed has more than three actors with 'an' in a name: " + expected);
        List<String> paged = allPages("an", 3).stream().map(node -> (String) node.get("name")).toList();
        assertEquals(expected, paged);
        GraphQL.query(ACTORS, Map.of("search", "an")).body("data.actors.totalCount", equalTo(expected.size()));
    }

    private static List<String> namesOf(Map<String, Object> node) {
        List<String> names = new ArrayList<>();
        names.add((String) node.get("name"));
        ((List<?>) node.get("aliases")).forEach(alias -> names.add((String) alias));
        return names;
    }

    /** Every actor the search finds (null: every actor), read page after page. */
    private static List<Map<String, Object>> allPages(String search, int pageSize) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        while (hasNext) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("search", search);
            variables.put("first", pageSize);
            variables.put("after", after);
            JsonPath page = GraphQL.query(ACTORS, variables).body("errors", nullValue()).extract().jsonPath();
            nodes.addAll(page.getList("data.actors.nodes"));
            hasNext = page.getBoolean("data.actors.pageInfo.hasNextPage");
            after = page.getString("data.actors.pageInfo.endCursor");
        }
        return nodes;
    }
}
