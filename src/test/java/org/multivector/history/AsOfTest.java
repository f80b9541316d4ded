package org.multivector.history;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.multivector.history.CopyInSyncTest.Writes;
import org.multivector.support.GraphQL;
import org.multivector.support.Names;
import org.multivector.support.WritableDatabaseProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * `asOf: N` reads the data as it was just after revision N: what a read showed then, a read with
 * `asOf` shows later, after updates, renames and deletes, nested fields included.
 */
@QuarkusTest
@TestProfile(WritableDatabaseProfile.class)
class AsOfTest {

    static final String ACTOR_FIELDS = "id name kind description aliases";
    static final String QUOTES = "evidence { id quote start end source { id title } }";
    /** Per fact connection, its fields, with the actors and events it names and their own facts. */
    static final Map<String, String> FACT_FIELDS = Map.of(
            "memberships", "status since until member { " + ACTOR_FIELDS + " memberships { id status } }"
                    + " organisation { " + ACTOR_FIELDS + " members { id status } }",
            "punitiveMeasures", "kind status summary scope statedReason assessedMotive date"
                    + " imposer { " + ACTOR_FIELDS + " measuresImposed { id status } }"
                    + " target { " + ACTOR_FIELDS + " measuresReceived { id status } } trigger { id name date }",
            "relations", "type subject { " + ACTOR_FIELDS + " relations { id type } } object { " + ACTOR_FIELDS + " }",
            "events", "name kind date place { " + ACTOR_FIELDS + " } participants { " + ACTOR_FIELDS + " }");
    static final String ACTOR = """
            query Actor($id: ID, $name: String, $asOf: Int) {
              actor(id: $id, name: $name, asOf: $asOf) {
                id name kind description aliases
                memberships { id status organisation { name } evidence { quote start } }
                members { id status }
                measuresImposed { id status summary }
                measuresReceived { id status }
                relations { id type }
                history { revision operation }
              }
            }
            """;

    @Test
    void readsAsOfARevisionShowWhatReadsShowedThen() {
        Writes writes = new Writes();
        String state = writes.actor(Names.unique("Realm"));
        String neighbour = writes.actor(Names.unique("Realm"));
        String bloc = writes.actor(Names.unique("Pact"));
        String text = state + " joined the " + bloc + ". " + state + " applied to the " + bloc + ". " + bloc
                + " punished " + state + ". " + state + " borders " + neighbour + ". The " + bloc + " summit met.";
        String source = writes.add("addSource", "SourceInput", Map.of("title", Names.unique("Dispatch"), "text", text));
        String membership = writes.add("addMembership", "MembershipInput", Map.of("member", state,
                "organisation", bloc, "status", "APPLICANT", "evidence", quote(source, state + " applied to the "
                        + bloc + ".")));
        String measure = writes.add("addPunitiveMeasure", "PunitiveMeasureInput", Map.of("imposer", bloc,
                "target", state, "kind", "SANCTION", "status", "THREATENED", "summary", "Threatened.",
                "evidence", quote(source, bloc + " punished " + state + ".")));
        String relation = writes.add("addRelation", "RelationInput", Map.of("subject", state, "type", "BORDERS",
                "object", neighbour, "evidence", quote(source, state + " borders " + neighbour + ".")));
        String event = writes.add("addEvent", "EventInput", Map.of("name", Names.unique("Summit"), "kind", "SUMMIT",
                "place", neighbour, "participants", List.of(bloc), "evidence",
                quote(source, "The " + bloc + " summit met.")));

        int then = HistoryTest.revision();
        Map<String, Object> factsThen = allFacts(null);
        Map<String, Object> actorThen = actor(Map.of("id", writes.ids.get(state)));

        String renamed = Names.unique("Republic");
        writes.update("updateActor", "ActorInput", writes.ids.get(state), Map.of("name", renamed, "kind", "STATE",
                "description", "Renamed.", "aliases", List.of(renamed + " Alias")));
        writes.update("updateMembership", "MembershipInput", membership, Map.of("member", renamed,
                "organisation", bloc, "status", "MEMBER", "since", "2024", "certainty", "REPORTED",
                "evidence", quote(source, state + " joined the " + bloc + ".")));
        writes.update("updatePunitiveMeasure", "PunitiveMeasureInput", measure, Map.of("imposer", bloc,
                "target", renamed, "kind", "SANCTION", "status", "IMPOSED", "summary", "Imposed.",
                "evidence", quote(source, bloc + " punished " + state + ".")));
        writes.delete("deleteRelation", relation);
        writes.update("updateEvent", "EventInput", event, Map.of("name", Names.unique("Summit"), "kind", "SUMMIT",
                "participants", List.of(bloc, renamed), "evidence", quote(source, "The " + bloc + " summit met.")));
        writes.add("addMembership", "MembershipInput", Map.of("member", neighbour, "organisation", bloc,
                "status", "DECLINED", "evidence", quote(source, state + " joined the " + bloc + ".")));

        assertNotEquals(factsThen, allFacts(null), "the writes changed what a read shows now");
        assertEquals(factsThen, allFacts(then), "every fact, its actors, events and quotes as they were then");
        assertEquals(actorThen, actor(Map.of("id", writes.ids.get(state), "asOf", then)));
        assertEquals(actorThen, actor(Map.of("name", state, "asOf", then)), "found by the name it had then");
        assertEquals(null, actor(Map.of("name", renamed, "asOf", then)), "a name it did not have then finds nothing");
        assertEquals(renamed, actor(Map.of("name", renamed)).get("name"));
    }

    @Test
    void oldStatusAndQuotesAreReadAsOfTheRevisionBeforeAnUpdate() {
        Writes writes = new Writes();
        String state = writes.actor(Names.unique("Realm"));
        String bloc = writes.actor(Names.unique("Pact"));
        String first = state + " asked to join the " + bloc + ".";
        String second = state + " was admitted to the " + bloc + ".";
        String source = writes.add("addSource", "SourceInput", Map.of("title", Names.unique("Dispatch"),
                "text", first + " " + second));
        String membership = writes.add("addMembership", "MembershipInput", Map.of("member", state,
                "organisation", bloc, "status", "APPLICANT", "evidence", quote(source, first)));
        int before = HistoryTest.revision();
        writes.update("updateMembership", "MembershipInput", membership, Map.of("member", state,
                "organisation", bloc, "status", "MEMBER", "evidence", quote(source, second)));
        int after = HistoryTest.revision();
        writes.delete("deleteMembership", membership);

        String document = """
                query Memberships($member: String, $status: MembershipStatus, $asOf: Int) {
                  memberships(member: $member, status: $status, asOf: $asOf) {
                    totalCount
                    nodes { id status evidence { quote start end } history { operation } }
                  }
                }
                """;
        GraphQL.query(document, variables("member", state, "asOf", before))
                .body("errors", nullValue())
                .body("data.memberships.totalCount", equalTo(1))
                .body("data.memberships.nodes[0].id", equalTo(membership))
                .body("data.memberships.nodes[0].status", equalTo("APPLICANT"))
                .body("data.memberships.nodes[0].evidence.quote", equalTo(List.of(first)))
                .body("data.memberships.nodes[0].evidence[0].start", equalTo(0))
                .body("data.memberships.nodes[0].evidence[0].end", equalTo(first.length()))
                .body("data.memberships.nodes[0].history.operation", equalTo(List.of("CREATED")));
        GraphQL.query(document, variables("member", state, "asOf", after))
                .body("errors", nullValue())
                .body("data.memberships.nodes[0].status", equalTo("MEMBER"))
                .body("data.memberships.nodes[0].evidence.quote", equalTo(List.of(second)))
                .body("data.memberships.nodes[0].history.operation", equalTo(List.of("CREATED", "UPDATED")));
        GraphQL.query(document, variables("member", state, "status", "APPLICANT", "asOf", after))
                .body("errors", nullValue())
                .body("data.memberships.totalCount", equalTo(0));
        GraphQL.query(document, variables("member", state))
                .body("errors", nullValue())
                .body("data.memberships.totalCount", equalTo(0))
                .body("data.memberships.nodes", equalTo(List.of()));
    }

    @Test
    void pagesAsOfARevisionFollowTheirCursorsAndCountWhatMatchedThen() {
        Writes writes = new Writes();
        String bloc = writes.actor(Names.unique("Pact"));
        StringBuilder text = new StringBuilder();
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            members.add(writes.actor(Names.unique("Realm")));
            text.append(members.get(i)).append(" joined the ").append(bloc).append(". ");
        }
        String source = writes.add("addSource", "SourceInput", Map.of("title", Names.unique("Dispatch"),
                "text", text.toString().strip()));
        List<String> ids = new ArrayList<>();
        for (String member : members) {
            ids.add(writes.add("addMembership", "MembershipInput", Map.of("member", member, "organisation", bloc,
                    "status", "MEMBER", "evidence", quote(source, member + " joined the " + bloc + "."))));
        }
        int then = HistoryTest.revision();
        writes.delete("deleteMembership", ids.get(1));
        writes.update("updateMembership", "MembershipInput", ids.get(3), Map.of("member", members.get(3),
                "organisation", bloc, "status", "DECLINED", "evidence", quote(source, members.get(3) + " joined the "
                        + bloc + ".")));

        String document = """
                query Members($bloc: String, $status: MembershipStatus, $first: Int, $after: String, $asOf: Int) {
                  memberships(organisation: $bloc, status: $status, first: $first, after: $after, asOf: $asOf) {
                    totalCount
                    nodes { id status }
                    pageInfo { hasNextPage endCursor }
                  }
                }
                """;
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = GraphQL.query(document, variables("bloc", bloc, "status", "MEMBER", "first", 2,
                    "after", after, "asOf", then)).body("errors", nullValue()).extract().jsonPath();
            assertEquals(5, page.getInt("data.memberships.totalCount"));
            seen.addAll(page.getList("data.memberships.nodes.id"));
            after = page.getBoolean("data.memberships.pageInfo.hasNextPage")
                    ? page.getString("data.memberships.pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(ids, seen, "every membership of then, once, in order");
        GraphQL.query(document, variables("bloc", bloc, "status", "MEMBER", "first", 10))
                .body("data.memberships.totalCount", equalTo(3))
                .body("data.memberships.nodes.id", equalTo(List.of(ids.get(0), ids.get(2), ids.get(4))));
    }

    @Test
    void aRevisionOutsideTheRecordIsRefusedByName() {
        int latest = HistoryTest.revision();
        for (String connection : List.of("memberships", "punitiveMeasures", "relations", "events")) {
            String document = "query Past($asOf: Int) { " + connection + "(asOf: $asOf) { totalCount } }";
            GraphQL.query(document, variables("asOf", -1))
                    .body("data", nullValue())
                    .body("errors[0].message", containsString("Argument 'asOf' must be a revision from 0 to the latest"));
            GraphQL.query(document, variables("asOf", latest + 1000))
                    .body("errors[0].message", containsString("got " + (latest + 1000)));
        }
        GraphQL.query(ACTOR, variables("name", "Kazakhstan", "asOf", -5))
                .body("errors[0].message", containsString("Argument 'asOf'"));
        GraphQL.query("query Past($asOf: Int) { memberships(member: \"No Such Realm\", asOf: $asOf) { totalCount } }",
                variables("asOf", latest))
                .body("errors[0].message", containsString("No actor was named 'No Such Realm' at revision " + latest));
    }

    /** Every fact of the four connections with its nested fields, by "connection:id", as of a revision or now. */
    static Map<String, Object> allFacts(Integer asOf) {
        Map<String, Object> facts = new HashMap<>();
        for (Map.Entry<String, String> connection : FACT_FIELDS.entrySet()) {
            String name = connection.getKey();
            String document = "query Facts($after: String, $asOf: Int) { " + name
                    + "(first: 100, after: $after, asOf: $asOf) { totalCount nodes { id " + connection.getValue()
                    + " certainty attributedTo " + QUOTES + " } pageInfo { hasNextPage endCursor } } }";
            int read = 0;
            for (String after = null;;) {
                JsonPath page = GraphQL.query(document, variables("after", after, "asOf", asOf))
                        .body("errors", nullValue()).extract().jsonPath();
                for (Map<String, Object> fact : page.<Map<String, Object>> getList("data." + name + ".nodes")) {
                    facts.put(name + ":" + fact.get("id"), fact);
                    read++;
                }
                if (!page.getBoolean("data." + name + ".pageInfo.hasNextPage")) {
                    assertEquals(page.getInt("data." + name + ".totalCount"), read, name + ": totalCount");
                    break;
                }
                after = page.getString("data." + name + ".pageInfo.endCursor");
            }
        }
        return facts;
    }

    static Map<String, Object> actor(Map<String, Object> variables) {
        return GraphQL.query(ACTOR, variables).body("errors", nullValue()).extract().jsonPath().getMap("data.actor");
    }

    /** Variables from pairs of names and values, the null ones included. */
    static Map<String, Object> variables(Object... namesAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }

    private static List<Map<String, Object>> quote(String sourceId, String quote) {
        return List.of(Map.of("sourceId", sourceId, "quote", quote));
    }
}
