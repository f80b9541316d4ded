package org.multivector.history;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;
import org.multivector.support.Names;
import org.multivector.support.WritableDatabaseProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * What a client keeping a copy does: it reads `revision`, then everything; later it applies
 * `changes(sinceRevision:)`, and its copy is what a full read shows, across creates, updates and
 * deletes of every entity type.
 */
@QuarkusTest
@TestProfile(WritableDatabaseProfile.class)
class CopyInSyncTest {

    static final String QUOTES = "evidence { id source { id } quote start }";
    static final String FULL_READ = """
            query Everything($after: String) {
              sources { id title publisher section text }
              actors(first: 100, after: $after) {
                nodes { id name kind description aliases }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;
    /** Per fact connection, the fields a client keeps. */
    static final Map<String, String> FACT_FIELDS = Map.of(
            "memberships", "member { id } organisation { id } status since until",
            "punitiveMeasures", "imposer { id } target { id } kind status summary scope statedReason assessedMotive"
                    + " trigger { id } date",
            "relations", "subject { id } type object { id }",
            "events", "name kind date place { id } participants { id }");

    @Test
    void aCopyKeptWithChangesEndsAsAFullReadShows() {
        int revision = HistoryTest.revision();
        Map<String, Map<String, Object>> copy = fullRead();

        Writes writes = new Writes();
        String state = writes.actor(Names.unique("Realm"));
        String neighbour = writes.actor(Names.unique("Realm"));
        String bloc = writes.actor(Names.unique("Pact"));
        String gone = writes.actor(Names.unique("Realm"));
        String text = state + " joined the " + bloc + ". " + bloc + " punished " + state + ". " + state + " borders "
                + neighbour + ". The " + bloc + " summit met.";
        String source = writes.add("addSource", "SourceInput", Map.of("title", Names.unique("Dispatch"), "text", text));
        String unused = writes.add("addSource", "SourceInput", Map.of("title", Names.unique("Dispatch"),
                "text", "Nothing."));
        List<Map<String, Object>> joined = quote(source, state + " joined the " + bloc + ".");
        List<Map<String, Object>> punished = quote(source, bloc + " punished " + state + ".");
        List<Map<String, Object>> borders = quote(source, state + " borders " + neighbour + ".");
        List<Map<String, Object>> summit = quote(source, "The " + bloc + " summit met.");

        writes.update("updateActor", "ActorInput", writes.ids.get(state), Map.of("name", state, "kind", "STATE",
                "description", "Changed.", "aliases", List.of(state + " Republic")));
        String membership = writes.add("addMembership", "MembershipInput", Map.of("member", state,
                "organisation", bloc, "status", "APPLICANT", "evidence", joined));
        writes.update("updateMembership", "MembershipInput", membership, Map.of("member", state, "organisation", bloc,
                "status", "MEMBER", "since", "2024", "certainty", "REPORTED", "attributedTo", "Officials",
                "evidence", joined));
        String kept = writes.add("addPunitiveMeasure", "PunitiveMeasureInput", Map.of("imposer", bloc, "target", state,
                "kind", "SANCTION", "status", "THREATENED", "summary", "Threatened.", "evidence", punished));
        writes.update("updatePunitiveMeasure", "PunitiveMeasureInput", kept, Map.of("imposer", bloc, "target", state,
                "kind", "SANCTION", "status", "IMPOSED", "summary", "Imposed.", "evidence", punished));
        String dropped = writes.add("addPunitiveMeasure", "PunitiveMeasureInput", Map.of("imposer", bloc,
                "target", state, "kind", "TARIFF", "status", "IMPOSED", "summary", "Dropped.", "evidence", punished));
        String relation = writes.add("addRelation", "RelationInput", Map.of("subject", state, "type", "BORDERS",
                "object", neighbour, "evidence", borders));
        String droppedRelation = writes.add("addRelation", "RelationInput", Map.of("subject", neighbour,
                "type", "BORDERS", "object", state, "evidence", borders));
        writes.update("updateRelation", "RelationInput", relation, Map.of("subject", state, "type", "NEIGHBOUR_OF",
                "object", neighbour, "evidence", borders));
        String event = writes.add("addEvent", "EventInput", Map.of("name", Names.unique("Summit"), "kind", "SUMMIT",
                "participants", List.of(bloc), "evidence", summit));
        writes.update("updateEvent", "EventInput", event, Map.of("name", Names.unique("Summit"), "kind", "SUMMIT",
                "date", "2024-05", "participants", List.of(bloc, state), "evidence", summit));
        String droppedEvent = writes.add("addEvent", "EventInput", Map.of("name", Names.unique("Summit"),
                "kind", "SUMMIT", "evidence", summit));
        writes.delete("deletePunitiveMeasure", dropped);
        writes.delete("deleteRelation", droppedRelation);
        writes.delete("deleteEvent", droppedEvent);
        writes.delete("deleteSource", unused);
        writes.delete("deleteActor", writes.ids.get(gone));
        String temporary = writes.add("addMembership", "MembershipInput", Map.of("member", neighbour,
                "organisation", bloc, "status", "DECLINED", "evidence", borders));
        writes.delete("deleteMembership", temporary);

        for (String after = null;;) {
            Map<String, Object> variables = new HashMap<>(Map.of("since", revision, "first", 100));
            variables.put("after", after);
            JsonPath page = HistoryTest.changes(variables);
            for (Map<String, Object> change : page.<Map<String, Object>> getList("data.changes.nodes")) {
                String key = change.get("entity") + ":" + change.get("entityId");
                if (change.get("operation").equals("DELETED")) {
                    copy.remove(key);
                } else {
                    copy.put(key, fromState((String) change.get("entity"), JsonPath.from((String) change.get("state"))
                            .getMap("")));
                }
            }
            if (!page.getBoolean("data.changes.pageInfo.hasNextPage")) {
                break;
            }
            after = page.getString("data.changes.pageInfo.endCursor");
        }

        Map<String, Map<String, Object>> current = fullRead();
        assertEquals(new TreeMap<>(current), new TreeMap<>(copy));
        assertEquals(null, current.get("PunitiveMeasure:" + dropped), "the deleted measure is gone from both");
    }

    /** Every record as the client keeps it: by "Entity:id", the fields a full read gives. */
    static Map<String, Map<String, Object>> fullRead() {
        Map<String, Map<String, Object>> records = new HashMap<>();
        JsonPath first = GraphQL.query(FULL_READ, new HashMap<>()).body("errors", nullValue()).extract().jsonPath();
        for (Map<String, Object> source : first.<Map<String, Object>> getList("data.sources")) {
            records.put("Source:" + source.get("id"), fields(source, "title", "publisher", "section", "text"));
        }
        for (String after = null;;) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonPath page = GraphQL.query(FULL_READ, variables).body("errors", nullValue()).extract().jsonPath();
            for (Map<String, Object> actor : page.<Map<String, Object>> getList("data.actors.nodes")) {
                Map<String, Object> kept = fields(actor, "name", "kind", "description");
                kept.put("aliases", sorted(actor.get("aliases")));
                records.put("Actor:" + actor.get("id"), kept);
            }
            if (!page.getBoolean("data.actors.pageInfo.hasNextPage")) {
                break;
            }
            after = page.getString("data.actors.pageInfo.endCursor");
        }
        for (String connection : List.of("memberships", "punitiveMeasures", "relations", "events")) {
            readFacts(connection, records);
        }
        return records;
    }

    private static void readFacts(String connection, Map<String, Map<String, Object>> records) {
        String entity = Map.of("memberships", "Membership", "punitiveMeasures", "PunitiveMeasure",
                "relations", "Relation", "events", "Event").get(connection);
        for (String after = null;;) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            String document = "query Facts($after: String) { " + connection + "(first: 100, after: $after) {"
                    + " nodes { id " + FACT_FIELDS.get(connection) + " certainty attributedTo " + QUOTES + " }"
                    + " pageInfo { hasNextPage endCursor } } }";
            JsonPath page = GraphQL.query(document, variables).body("errors", nullValue()).extract().jsonPath();
            for (Map<String, Object> fact : page.<Map<String, Object>> getList("data." + connection + ".nodes")) {
                Map<String, Object> kept = new LinkedHashMap<>();
                fact.forEach((field, value) -> {
                    if (field.equals("id") || value == null) {
                        return;
                    }
                    if (field.equals("evidence")) {
                        kept.put("quotes", quotesOf((List<?>) value, null));
                    } else if (field.equals("participants")) {
                        kept.put("participantIds", sorted(((List<?>) value).stream()
                                .map(actor -> ((Map<?, ?>) actor).get("id").toString()).toList()));
                    } else if (value instanceof Map<?, ?> reference) {
                        kept.put(field.equals("trigger") ? "triggerId" : field + "Id", reference.get("id").toString());
                    } else {
                        kept.put(field, value.toString());
                    }
                });
                records.put(entity + ":" + fact.get("id"), kept);
            }
            if (!page.getBoolean("data." + connection + ".pageInfo.hasNextPage")) {
                return;
            }
            after = page.getString("data." + connection + ".pageInfo.endCursor");
        }
    }

    /** A change's state (an entry of the import format with ids) as the client keeps the record. */
    static Map<String, Object> fromState(String entity, Map<String, Object> state) {
        Map<String, Object> kept = new LinkedHashMap<>();
        switch (entity) {
            case "Source" -> {
                return fields(state, "title", "publisher", "section", "text");
            }
            case "Actor" -> {
                kept = fields(state, "name", "kind", "description");
                kept.put("aliases", sorted(state.getOrDefault("aliases", List.of())));
                return kept;
            }
            default -> {
                for (Map.Entry<String, Object> field : state.entrySet()) {
                    String name = field.getKey();
                    Object value = field.getValue();
                    if (value == null || List.of("id", "member", "organisation", "imposer", "target", "subject",
                            "object", "place", "participants", "trigger", "evidenceIds").contains(name)) {
                        continue;
                    }
                    if (name.equals("evidence")) {
                        kept.put("quotes", quotesOf((List<?>) value, (List<?>) state.get("evidenceIds")));
                    } else if (name.equals("participantIds")) {
                        kept.put(name, sorted(((List<?>) value).stream().map(Object::toString).toList()));
                    } else {
                        kept.put(name, value.toString());
                    }
                }
                return kept;
            }
        }
    }

    /** Each passage as "id source@start:quote"; a state's passages have their ids in {@code stateIds}. */
    private static List<String> quotesOf(List<?> evidence, List<?> stateIds) {
        List<String> quotes = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            Map<?, ?> quote = (Map<?, ?>) evidence.get(i);
            boolean fromGraphQL = stateIds == null;
            Object id = fromGraphQL ? quote.get("id") : stateIds.get(i);
            Object sourceId = fromGraphQL ? ((Map<?, ?>) quote.get("source")).get("id") : quote.get("sourceId");
            quotes.add(id + " " + sourceId + "@" + quote.get("start") + ":" + quote.get("quote"));
        }
        return quotes;
    }

    private static Map<String, Object> fields(Map<String, Object> record, String... names) {
        Map<String, Object> kept = new LinkedHashMap<>();
        for (String name : names) {
            if (record.get(name) != null) {
                kept.put(name, record.get(name).toString());
            }
        }
        return kept;
    }

    private static List<String> sorted(Object list) {
        return ((List<?>) list).stream().map(Object::toString).sorted(Comparator.naturalOrder()).toList();
    }

    private static List<Map<String, Object>> quote(String sourceId, String quote) {
        return List.of(Map.of("sourceId", sourceId, "quote", quote));
    }

    /** The editor's writes, by mutation name. */
    static final class Writes {
        final Map<String, String> ids = new HashMap<>();

        String actor(String name) {
            ids.put(name, add("addActor", "ActorInput", Map.of("name", name, "kind", "STATE")));
            return name;
        }

        String add(String mutation, String inputType, Map<String, Object> input) {
            return GraphQL.asEditor("mutation Add($input: " + inputType + "!) { " + mutation + "(input: $input) { id } }",
                    Map.of("input", input)).body("errors", nullValue()).extract().path("data." + mutation + ".id");
        }

        void update(String mutation, String inputType, String id, Map<String, Object> input) {
            GraphQL.asEditor("mutation Update($id: ID!, $input: " + inputType + "!) { " + mutation
                    + "(id: $id, input: $input) { id } }", Map.of("id", id, "input", input)).body("errors", nullValue());
        }

        void delete(String mutation, String id) {
            GraphQL.asEditor("mutation Delete($id: ID!) { " + mutation + "(id: $id) }", Map.of("id", id))
                    .body("errors", nullValue());
        }
    }
}
