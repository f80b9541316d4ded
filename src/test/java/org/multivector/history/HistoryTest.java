package org.multivector.history;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;
import org.multivector.support.Names;
import org.multivector.support.WritableDatabaseProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Every write makes a revision: the seed's, each mutation's, deletions included; `changes` lists
 * them in revision order and `history` per record. Names are random, so that no other test's
 * writes interfere.
 */
@QuarkusTest
@TestProfile(WritableDatabaseProfile.class)
class HistoryTest {

    static final String REVISION = "{ revision }";
    static final String CHANGES = """
            query Changes($since: Int, $entity: [String!], $first: Int, $after: String) {
              changes(sinceRevision: $since, entity: $entity, first: $first, after: $after) {
                totalCount
                nodes { revision at by operation entity entityId summary state }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;
    static final String ADD_ACTOR = "mutation AddActor($input: ActorInput!) { addActor(input: $input) { id } }";
    static final String UPDATE_ACTOR = """
            mutation UpdateActor($id: ID!, $input: ActorInput!) { updateActor(id: $id, input: $input) { id } }
            """;
    static final String DELETE_ACTOR = "mutation DeleteActor($id: ID!) { deleteActor(id: $id) }";
    static final String ACTOR_HISTORY = """
            query ActorHistory($name: String!) {
              actor(name: $name) { history { revision by operation entity entityId summary state } }
            }
            """;

    static int revision() {
        return GraphQL.query(REVISION).body("errors", nullValue()).extract().path("data.revision");
    }

    static JsonPath changes(Map<String, Object> variables) {
        return GraphQL.query(CHANGES, variables).body("errors", nullValue()).extract().jsonPath();
    }

    @Test
    void theSeedIsRecordedAsTheSeedsRevisions() {
        JsonPath seeded = changes(Map.of("since", 0, "entity", List.of("Membership"), "first", 100));
        List<Map<String, Object>> declined = seeded.getList("data.changes.nodes.findAll { it.summary =="
                + " 'Membership Kazakhstan → BRICS (DECLINED) created' }");
        assertEquals(1, declined.size(), "the seed's membership, created once");
        assertEquals("seed", declined.get(0).get("by"));
        assertEquals("CREATED", declined.get(0).get("operation"));
        assertTrue(((String) declined.get(0).get("at")).endsWith("Z"), "an ISO-8601 instant in UTC");
        JsonPath state = JsonPath.from((String) declined.get(0).get("state"));
        assertEquals("Kazakhstan", state.getString("member"));
        assertEquals("DECLINED", state.getString("status"));
        assertEquals(3, state.getList("evidence").size());
        assertEquals("Kazakhstan’s rejection of BRICS is a geopolitical gamble", state.getString("evidence[0].quote"));
        assertTrue(state.getInt("evidence[0].start") >= 0);
    }

    @Test
    void changesAfterARevisionAreThoseOfTheLaterRevisionsOnly() {
        String earlier = Names.unique("Realm");
        GraphQL.asEditor(ADD_ACTOR, Map.of("input", Map.of("name", earlier, "kind", "STATE")))
                .body("errors", nullValue());
        int since = revision();
        String later = Names.unique("Realm");
        GraphQL.asEditor(ADD_ACTOR, Map.of("input", Map.of("name", later, "kind", "STATE")))
                .body("errors", nullValue());

        JsonPath after = changes(Map.of("since", since, "first", 100));
        List<Integer> revisions = after.getList("data.changes.nodes.revision");
        assertTrue(revisions.stream().allMatch(revision -> revision > since), revisions + " after " + since);
        List<String> summaries = after.getList("data.changes.nodes.summary");
        assertTrue(summaries.contains("Actor " + later + " created"), summaries.toString());
        assertFalse(summaries.contains("Actor " + earlier + " created"), summaries.toString());
        assertEquals(revisions.size(), after.getInt("data.changes.totalCount"));
        assertEquals(0, changes(Map.of("since", revision())).getInt("data.changes.totalCount"),
                "nothing after the latest revision");
    }

    @Test
    void createUpdateAndDeleteShowInChangesAndHistoryInOrder() {
        int before = revision();
        String name = Names.unique("Realm");
        String id = GraphQL.asEditor(ADD_ACTOR, Map.of("input", Map.of("name", name, "kind", "STATE")))
                .body("errors", nullValue()).extract().path("data.addActor.id");
        int created = revision();
        assertTrue(created > before, "a mutation makes a revision");
        GraphQL.asEditor(UPDATE_ACTOR, Map.of("id", id, "input", Map.of("name", name, "kind", "REGION",
                "description", "Made up.", "aliases", List.of(name + " Alias"))))
                .body("errors", nullValue());

        JsonPath history = GraphQL.query(ACTOR_HISTORY, Map.of("name", name)).body("errors", nullValue())
                .extract().jsonPath();
        assertEquals(List.of("CREATED", "UPDATED"), history.getList("data.actor.history.operation"));
        assertEquals(List.of("Actor " + name + " created", "Actor " + name + " updated"),
                history.getList("data.actor.history.summary"));
        assertEquals(List.of("editor", "editor"), history.getList("data.actor.history.by"));
        JsonPath updated = JsonPath.from(history.getString("data.actor.history[1].state"));
        assertEquals("REGION", updated.getString("kind"));
        assertEquals(List.of(name + " Alias"), updated.getList("aliases"));
        assertEquals("STATE", JsonPath.from(history.getString("data.actor.history[0].state")).getString("kind"));

        GraphQL.asEditor(DELETE_ACTOR, Map.of("id", id)).body("errors", nullValue());
        JsonPath feed = changes(Map.of("since", before, "entity", List.of("Actor"), "first", 100));
        List<Map<String, Object>> mine = feed.getList("data.changes.nodes.findAll { it.entityId == '" + id + "' }");
        assertEquals(List.of("CREATED", "UPDATED", "DELETED"), mine.stream().map(change -> change.get("operation"))
                .toList());
        assertEquals("Actor " + name + " deleted", mine.get(2).get("summary"));
        assertEquals("REGION", JsonPath.from((String) mine.get(2).get("state")).getString("kind"),
                "a deleted record's state is the one it had before the delete");
        List<Integer> revisions = mine.stream().map(change -> (Integer) change.get("revision")).toList();
        assertTrue(revisions.get(0) < revisions.get(1) && revisions.get(1) < revisions.get(2), revisions.toString());
    }

    @Test
    void badArgumentsAreRefusedByName() {
        GraphQL.query(CHANGES, Map.of("since", -1)).body("errors[0].message",
                containsString("Argument 'sinceRevision' must be 0 or more"));
        GraphQL.query(CHANGES, Map.of("entity", List.of("Planet"))).body("errors[0].message",
                containsString("Argument 'entity' holds 'Planet'"));
        GraphQL.query(CHANGES, Map.of("entity", List.of())).body("errors[0].message",
                containsString("Argument 'entity' must name at least one type"));
        GraphQL.query(CHANGES, Map.of("after", "bogus")).body("errors[0].message", containsString("cursor"));
    }
}
