package org.multivector.write;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;
import org.multivector.support.WritableDatabaseProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Writes say how their source states a fact, and the write rules refuse contradictions; the
 * mentions of actors follow every write of a source, an actor or an alias.
 */
@QuarkusTest
@TestProfile(WritableDatabaseProfile.class)
class ClaimWritesTest {

    static final String ADD_MEASURE = """
            mutation AddMeasure($input: PunitiveMeasureInput!) {
              addPunitiveMeasure(input: $input) { id status certainty attributedTo }
            }
            """;
    static final String MEASURES_AGAINST = """
            query Against($target: String!) { punitiveMeasures(target: $target) { totalCount } }
            """;
    static final String MENTIONS = """
            query Mentions($name: String!) { actor(name: $name) { mentions { totalCount nodes { quote start end } } } }
            """;

    /** A source naming two fresh actors, and the actors: {tag}land threatens {tag}ia. */
    record World(String sourceId, String imposer, String target, String sentence) {
    }

    static World world() {
        String tag = "Q" + UUID.randomUUID().toString().substring(0, 6);
        String imposer = tag + "land";
        String target = tag + "ia";
        String sentence = "Observers expect that " + imposer + " could ban the grain of " + target + ".";
        String sourceId = GraphQL.asEditor(MutationTest.ADD_SOURCE, Map.of("input", Map.of("title", "Dispatch " + tag,
                "text", sentence + " Nothing else happened.")))
                .body("errors", nullValue()).extract().path("data.addSource.id");
        for (String name : List.of(imposer, target)) {
            GraphQL.asEditor(MutationTest.ADD_ACTOR, Map.of("input", Map.of("name", name, "kind", "STATE")))
                    .body("errors", nullValue());
        }
        return new World(sourceId, imposer, target, sentence);
    }

    static Map<String, Object> measure(World world, String status, String certainty, String attributedTo) {
        Map<String, Object> input = new HashMap<>(Map.of("imposer", world.imposer(), "target", world.target(),
                "kind", "IMPORT_BAN", "status", status, "summary", "A grain ban.",
                "evidence", List.of(MutationTest.quote(world.sourceId(), world.sentence()))));
        if (certainty != null) {
            input.put("certainty", certainty);
        }
        if (attributedTo != null) {
            input.put("attributedTo", attributedTo);
        }
        return Map.of("input", input);
    }

    @Test
    void aFactIsAssertedUnlessTheWriteSaysOtherwise() {
        World world = world();
        GraphQL.asEditor(ADD_MEASURE, measure(world, "THREATENED", null, null))
                .body("errors", nullValue())
                .body("data.addPunitiveMeasure.certainty", equalTo("ASSERTED"))
                .body("data.addPunitiveMeasure.attributedTo", nullValue());
        GraphQL.asEditor(ADD_MEASURE, measure(world, "THREATENED", "REPORTED", " observers "))
                .body("errors", nullValue())
                .body("data.addPunitiveMeasure.certainty", equalTo("REPORTED"))
                .body("data.addPunitiveMeasure.attributedTo", equalTo("observers"));
    }

    @Test
    void aSpeculatedMeasureIsHypotheticalAndTheRulesRefuseTheContrary() {
        World world = world();
        GraphQL.asEditor(ADD_MEASURE, measure(world, "SPECULATED", null, null))
                .body("errors", nullValue())
                .body("data.addPunitiveMeasure.certainty", equalTo("HYPOTHETICAL"));
        GraphQL.asEditor(ADD_MEASURE, measure(world, "SPECULATED", "ASSERTED", null))
                .body("errors[0].message", equalTo("input.certainty: a SPECULATED measure is HYPOTHETICAL, not ASSERTED:"
                        + " give the certainty HYPOTHETICAL, or another status"));
        GraphQL.asEditor(ADD_MEASURE, measure(world, "IMPOSED", "HYPOTHETICAL", null))
                .body("errors[0].message", equalTo("input.status: a HYPOTHETICAL measure has the status SPECULATED, not IMPOSED"));
        GraphQL.asEditor(ADD_MEASURE, measure(world, "IMPOSED", "ASSERTED", "observers"))
                .body("errors[0].message", containsString("input.attributedTo: an ASSERTED claim is the source's own"));
        // the refused writes wrote nothing
        GraphQL.query(MEASURES_AGAINST, Map.of("target", world.target()))
                .body("data.punitiveMeasures.totalCount", equalTo(1));
    }

    static final String UPDATE_EVENT = """
            mutation UpdateEvent($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { certainty } }
            """;

    @Test
    void onlyASpeculatedMeasureAnswersAHypotheticalEvent() {
        World world = world();
        String war = "War of " + world.imposer();
        List<Map<String, Object>> evidence = List.of(MutationTest.quote(world.sourceId(), world.sentence()));
        String eventId = GraphQL.asEditor(MutationTest.ADD_EVENT, Map.of("input", Map.of("name", war, "kind", "WAR",
                "certainty", "HYPOTHETICAL", "participants", List.of(world.imposer()), "evidence", evidence)))
                .body("errors", nullValue()).extract().path("data.addEvent.id");
        Map<String, Object> answering = new HashMap<>(input(measure(world, "IMPOSED", null, null)));
        answering.put("trigger", war);
        GraphQL.asEditor(ADD_MEASURE, Map.of("input", answering))
                .body("errors[0].message", equalTo("input.trigger: '" + war
                        + "' is a HYPOTHETICAL event: only a SPECULATED measure answers a scenario"));

        // once asserted and answered by an imposed measure, the event cannot become a scenario again
        GraphQL.asEditor(UPDATE_EVENT, Map.of("id", eventId, "input", Map.of("name", war, "kind", "WAR",
                "evidence", evidence)))
                .body("data.updateEvent.certainty", equalTo("ASSERTED"));
        GraphQL.asEditor(ADD_MEASURE, Map.of("input", answering)).body("errors", nullValue());
        GraphQL.asEditor(UPDATE_EVENT, Map.of("id", eventId, "input", Map.of("name", war, "kind", "WAR",
                "certainty", "HYPOTHETICAL", "evidence", evidence)))
                .body("errors[0].message", equalTo("input.certainty: 1 punitive measures that are not SPECULATED"
                        + " answer this event: it cannot be HYPOTHETICAL while they name it as their trigger"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> input(Map<String, Object> variables) {
        return (Map<String, Object>) variables.get("input");
    }

    @Test
    void anUpdateReplacesTheCertainty() {
        World world = world();
        String id = GraphQL.asEditor(ADD_MEASURE, measure(world, "THREATENED", "ASSESSED", null))
                .extract().path("data.addPunitiveMeasure.id");
        Map<String, Object> variables = new HashMap<>(measure(world, "SPECULATED", null, null));
        variables.put("id", id);
        GraphQL.asEditor("""
                mutation Update($id: ID!, $input: PunitiveMeasureInput!) {
                  updatePunitiveMeasure(id: $id, input: $input) { certainty status }
                }
                """, variables)
                .body("errors", nullValue())
                .body("data.updatePunitiveMeasure.certainty", equalTo("HYPOTHETICAL"));
    }

    @Test
    void mentionsFollowSourcesActorsAndAliases() {
        World world = world();
        GraphQL.query(MENTIONS, Map.of("name", world.target()))
                .body("data.actor.mentions.totalCount", equalTo(1))
                .body("data.actor.mentions.nodes[0].quote", equalTo(world.sentence()))
                .body("data.actor.mentions.nodes[0].start", equalTo(0));

        // an alias that the source holds adds its sentence; removing it takes it away again
        String tag = world.imposer().substring(0, 7);
        String second = GraphQL.asEditor(MutationTest.ADD_SOURCE, Map.of("input", Map.of("title", "Second " + tag,
                "text", "Intro. The Grainlords " + tag + " met. Others did not.")))
                .body("errors", nullValue()).extract().path("data.addSource.id");
        String alias = "Grainlords " + tag;
        GraphQL.asEditor("""
                mutation Alias($actor: String!, $alias: String!) { addAlias(actor: $actor, alias: $alias) { name } }
                """, Map.of("actor", world.target(), "alias", alias)).body("errors", nullValue());
        GraphQL.query(MENTIONS, Map.of("name", world.target()))
                .body("data.actor.mentions.nodes.quote", contains(world.sentence(), "The Grainlords " + tag + " met."))
                .body("data.actor.mentions.nodes[1].start", equalTo("Intro. ".length()));
        GraphQL.asEditor("""
                mutation Unalias($actor: String!, $alias: String!) { removeAlias(actor: $actor, alias: $alias) { name } }
                """, Map.of("actor", world.target(), "alias", alias)).body("errors", nullValue());
        GraphQL.query(MENTIONS, Map.of("name", world.target()))
                .body("data.actor.mentions.totalCount", equalTo(1));

        // a later source that names the actor is read for its names; deleting it deletes its mentions
        String third = GraphQL.asEditor(MutationTest.ADD_SOURCE, Map.of("input", Map.of("title", "Third " + tag,
                "text", world.imposer() + " and " + world.target() + " signed a truce!")))
                .body("errors", nullValue()).extract().path("data.addSource.id");
        GraphQL.query(MENTIONS, Map.of("name", world.imposer()))
                .body("data.actor.mentions.totalCount", equalTo(2));
        GraphQL.asEditor("mutation Delete($id: ID!) { deleteSource(id: $id) }", Map.of("id", third))
                .body("errors", nullValue());
        GraphQL.asEditor("mutation Delete($id: ID!) { deleteSource(id: $id) }", Map.of("id", second))
                .body("errors", nullValue());
        GraphQL.query(MENTIONS, Map.of("name", world.imposer()))
                .body("data.actor.mentions.totalCount", equalTo(1));
    }

    @Test
    void aRenamedActorIsMentionedUnderItsNewNamesAndADeletedOneNoMore() {
        World world = world();
        String id = GraphQL.query("query Id($name: String!) { actor(name: $name) { id } }",
                Map.of("name", world.target())).extract().path("data.actor.id");
        String rename = """
                mutation Rename($id: ID!, $input: ActorInput!) { updateActor(id: $id, input: $input) { name } }
                """;
        String republic = world.target() + " Republic";
        GraphQL.asEditor(rename, Map.of("id", id, "input", Map.of("name", republic, "kind", "STATE")))
                .body("errors", nullValue());
        GraphQL.query(MENTIONS, Map.of("name", republic))
                .body("data.actor.mentions.totalCount", equalTo(0));
        // the old name back as an alias: the source names it again
        GraphQL.asEditor(rename, Map.of("id", id, "input", Map.of("name", republic, "kind", "STATE",
                "aliases", List.of(world.target()))))
                .body("errors", nullValue());
        GraphQL.query(MENTIONS, Map.of("name", republic))
                .body("data.actor.mentions.nodes.quote", contains(world.sentence()));

        GraphQL.asEditor("mutation Delete($id: ID!) { deleteActor(id: $id) }", Map.of("id", id))
                .body("errors", nullValue());
        // the sentence now finds only the imposer, through its own mention
        GraphQL.query("query Find($text: String!) { search(text: $text) { ... on Actor { name } } }",
                Map.of("text", world.target()))
                .body("data.search.name", contains(world.imposer()));
    }
}
