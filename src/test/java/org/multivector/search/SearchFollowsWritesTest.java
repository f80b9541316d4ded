package org.multivector.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;
import org.multivector.support.WritableDatabaseProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The index follows every write: what a mutation adds is found by the next search, what it
 * changes is found as changed, what it deletes is gone, and a write that is rolled back leaves
 * nothing behind. Names are random words, so that no other test's data interferes.
 */
@QuarkusTest
@TestProfile(WritableDatabaseProfile.class)
class SearchFollowsWritesTest {

    static final String ADD_SOURCE = """
            mutation AddSource($input: SourceInput!) { addSource(input: $input) { id } }
            """;
    static final String DELETE_SOURCE = "mutation DeleteSource($id: ID!) { deleteSource(id: $id) }";
    static final String ADD_ACTOR = "mutation AddActor($input: ActorInput!) { addActor(input: $input) { id } }";
    static final String UPDATE_ACTOR = """
            mutation UpdateActor($id: ID!, $input: ActorInput!) { updateActor(id: $id, input: $input) { id } }
            """;
    static final String DELETE_ACTOR = "mutation DeleteActor($id: ID!) { deleteActor(id: $id) }";
    static final String ADD_ALIAS = """
            mutation AddAlias($actor: String!, $alias: String!) { addAlias(actor: $actor, alias: $alias) { id } }
            """;
    static final String REMOVE_ALIAS = """
            mutation RemoveAlias($actor: String!, $alias: String!) { removeAlias(actor: $actor, alias: $alias) { id } }
            """;
    static final String ADD_MEMBERSHIP = """
            mutation AddMembership($input: MembershipInput!) { addMembership(input: $input) { id } }
            """;
    static final String UPDATE_MEMBERSHIP = """
            mutation UpdateMembership($id: ID!, $input: MembershipInput!) { updateMembership(id: $id, input: $input) { id } }
            """;
    static final String DELETE_MEMBERSHIP = "mutation DeleteMembership($id: ID!) { deleteMembership(id: $id) }";
    static final String ADD_MEASURE = """
            mutation AddMeasure($input: PunitiveMeasureInput!) { addPunitiveMeasure(input: $input) { id } }
            """;
    static final String UPDATE_MEASURE = """
            mutation UpdateMeasure($id: ID!, $input: PunitiveMeasureInput!) {
              updatePunitiveMeasure(id: $id, input: $input) { id }
            }
            """;
    static final String HITS = """
            query Hits($text: String!) {
              searchResults(text: $text, first: 50) {
                totalCount
                nodes { field highlight { text } node { __typename ... on Actor { id name } ... on Membership { id }
                  ... on PunitiveMeasure { id summary } } }
              }
            }
            """;

    private static final Random RANDOM = new Random();

    /**
     * A made-up word no dataset holds. Twelve random letters, not six: a word no text holds is
     * also looked for in names two edits away that start with its letter, and with six, a name
     * another test made of such a word came within two edits about once in 30,000 pairs (the
     * likely cause of one CI run's 1 hit where 0 was expected).
     */
    static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 12; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static JsonPath hits(String text) {
        return GraphQL.query(HITS, Map.of("text", text)).body("errors", nullValue()).extract().jsonPath();
    }

    /** Nothing found for the text; if something is, the message says what. */
    static void assertNoHits(String text) {
        JsonPath found = hits(text);
        assertEquals(0, found.getInt("data.searchResults.totalCount"), text + " found " + found.prettify());
    }

    static String addActor(String name, List<String> aliases, String description) {
        Map<String, Object> input = new HashMap<>(Map.of("name", name, "kind", "STATE", "aliases", aliases));
        if (description != null) {
            input.put("description", description);
        }
        return GraphQL.asEditor(ADD_ACTOR, Map.of("input", input)).body("errors", nullValue())
                .extract().path("data.addActor.id");
    }

    static String addSource(String text) {
        return GraphQL.asEditor(ADD_SOURCE, Map.of("input", Map.of("title", "Dispatch " + word(), "text", text)))
                .body("errors", nullValue()).extract().path("data.addSource.id");
    }

    @Test
    void anActorIsFoundOnceAddedAsRenamedAndNoLongerOnceDeleted() {
        String name = capitalised(word());
        String id = addActor(name, List.of(), null);
        assertEquals(List.of(name), hits(name).getList("data.searchResults.nodes.node.name"));

        String renamed = capitalised(word());
        String described = word();
        GraphQL.asEditor(UPDATE_ACTOR, Map.of("id", id, "input", Map.of("name", renamed, "kind", "STATE",
                "description", "A made-up realm of " + described + ".")))
                .body("errors", nullValue());
        assertNoHits(name);
        assertEquals(List.of(renamed), hits(renamed).getList("data.searchResults.nodes.node.name"));
        assertEquals("description", hits("realm " + described).getString("data.searchResults.nodes[0].field"));

        GraphQL.asEditor(DELETE_ACTOR, Map.of("id", id)).body("errors", nullValue());
        assertNoHits(renamed);
    }

    @Test
    void anAliasIsFoundOnceAddedAndNoLongerOnceRemoved() {
        String name = capitalised(word());
        String alias = "Republic of " + capitalised(word());
        addActor(name, List.of(), null);
        assertNoHits(alias);
        GraphQL.asEditor(ADD_ALIAS, Map.of("actor", name, "alias", alias)).body("errors", nullValue());
        JsonPath found = hits(alias);
        assertEquals(name, found.getString("data.searchResults.nodes[0].node.name"));
        assertEquals("alias", found.getString("data.searchResults.nodes[0].field"));
        assertEquals(alias, found.getString("data.searchResults.nodes[0].highlight.text"));
        GraphQL.asEditor(REMOVE_ALIAS, Map.of("actor", name, "alias", alias)).body("errors", nullValue());
        assertNoHits(alias);
    }

    @Test
    void factsAreFoundByTheirQuotesAndTextsAsAddedChangedAndDeleted() {
        String state = capitalised(word());
        String bloc = capitalised(word()) + " Pact";
        String joined = word();
        String left = word();
        addActor(state, List.of(), null);
        addActor(bloc, List.of(), null);
        String sentence = state + " " + joined + " the " + bloc + " in 2021.";
        String later = state + " " + left + " the " + bloc + " in 2023.";
        String sourceId = addSource(sentence + " " + later);

        String membershipId = GraphQL.asEditor(ADD_MEMBERSHIP, Map.of("input", Map.of("member", state,
                "organisation", bloc, "status", "MEMBER",
                "evidence", List.of(Map.of("sourceId", sourceId, "quote", sentence)))))
                .body("errors", nullValue()).extract().path("data.addMembership.id");
        JsonPath found = hits(joined);
        assertEquals(List.of("Membership", "Actor", "Actor"), found.getList("data.searchResults.nodes.node.__typename"),
                "the fact by its quote, above the passages that mention its actors");
        assertEquals("quote", found.getString("data.searchResults.nodes[0].field"));
        assertEquals(sentence, found.getString("data.searchResults.nodes[0].highlight.text"));

        GraphQL.asEditor(UPDATE_MEMBERSHIP, Map.of("id", membershipId, "input", Map.of("member", state,
                "organisation", bloc, "status", "FORMER_MEMBER",
                "evidence", List.of(Map.of("sourceId", sourceId, "quote", later)))))
                .body("errors", nullValue());
        assertEquals(List.of(membershipId), hits(left).getList("data.searchResults.nodes.findAll { it.node.__typename"
                + " == 'Membership' }.node.id"));
        assertEquals(List.of(), hits(joined).getList("data.searchResults.nodes.findAll { it.node.__typename"
                + " == 'Membership' }"));

        String reason = word();
        String measureId = GraphQL.asEditor(ADD_MEASURE, Map.of("input", Map.of("imposer", bloc, "target", state,
                "kind", "SANCTION", "status", "IMPOSED", "summary", "Sanctions over " + reason + ".",
                "evidence", List.of(Map.of("sourceId", sourceId, "quote", later)))))
                .body("errors", nullValue()).extract().path("data.addPunitiveMeasure.id");
        assertEquals("summary", hits(reason).getString("data.searchResults.nodes[0].field"));
        String otherReason = word();
        GraphQL.asEditor(UPDATE_MEASURE, Map.of("id", measureId, "input", Map.of("imposer", bloc, "target", state,
                "kind", "SANCTION", "status", "IMPOSED", "summary", "Sanctions over " + otherReason + ".",
                "evidence", List.of(Map.of("sourceId", sourceId, "quote", later)))))
                .body("errors", nullValue());
        assertNoHits(reason);
        assertEquals(measureId, hits(otherReason).getString("data.searchResults.nodes[0].node.id"));

        GraphQL.asEditor(DELETE_MEMBERSHIP, Map.of("id", membershipId)).body("errors", nullValue());
        assertEquals(List.of(), hits(left).getList("data.searchResults.nodes.findAll { it.node.__typename"
                + " == 'Membership' }"));
    }

    @Test
    void aSourceWrittenAfterAnActorMakesItFindableByThePassageThatNamesIt() {
        String name = capitalised(word());
        addActor(name, List.of(), null);
        String context = word();
        String sourceId = addSource("In " + context + " news, " + name + " held talks.");
        JsonPath found = hits(context);
        assertEquals(name, found.getString("data.searchResults.nodes[0].node.name"));
        assertEquals("quote", found.getString("data.searchResults.nodes[0].field"));
        GraphQL.asEditor(DELETE_SOURCE, Map.of("id", sourceId)).body("errors", nullValue());
        assertNoHits(context);
    }

    @Test
    void aRolledBackWriteLeavesNoHit() {
        String taken = capitalised(word());
        addActor(taken, List.of(), null);
        String name = capitalised(word());
        // The actor and its first alias are written and flushed before the second alias is refused.
        GraphQL.asEditor(ADD_ACTOR, Map.of("input", Map.of("name", name, "kind", "STATE",
                "aliases", List.of(name + " Republic", taken))))
                .body("errors[0].message", containsString(taken));
        assertNoHits(name);
        assertNoHits(name + " Republic");
        assertEquals(List.of(taken), hits(taken).getList("data.searchResults.nodes.node.name"));
    }

    @Test
    void aCanonicalNameRanksAboveAnAliasADescriptionAndAQuote() {
        String word = word();
        String name = capitalised(word);
        String aliasHolder = capitalised(word());
        String described = capitalised(word());
        addActor(name, List.of(), null);
        addActor(aliasHolder, List.of(name + " Union"), null);
        addActor(described, List.of(), "A neighbour of " + name + ".");
        String sentence = described + " joined the " + name + " Union.";
        String sourceId = addSource(sentence);
        GraphQL.asEditor(ADD_MEMBERSHIP, Map.of("input", Map.of("member", described, "organisation", aliasHolder,
                "status", "MEMBER", "evidence", List.of(Map.of("sourceId", sourceId, "quote", sentence)))))
                .body("errors", nullValue());
        JsonPath found = hits(word);
        assertEquals(List.of("name", "alias", "description", "quote"),
                found.getList("data.searchResults.nodes.field").subList(0, 4));
        assertEquals(List.of(name, aliasHolder, described), found.getList("data.searchResults.nodes.node.name")
                .subList(0, 3));
        assertEquals("Membership", found.getString("data.searchResults.nodes[3].node.__typename"));
    }

    @Test
    void aWholeWordRanksAboveAPrefixAndAMisspellingFindsTheName() {
        String word = word();
        String whole = capitalised(word);
        String longer = whole + "ia";
        addActor(longer, List.of(), null);
        addActor(whole, List.of(), null);
        JsonPath found = GraphQL.query("query S($t: String!) { searchResults(text: $t) { nodes { score node {"
                + " ... on Actor { name } } } } }", Map.of("t", word)).extract().jsonPath();
        assertEquals(List.of(whole, longer), found.getList("data.searchResults.nodes.node.name"));
        List<Float> scores = found.getList("data.searchResults.nodes.score", Float.class);
        assertTrue(scores.get(0) > scores.get(1), scores.toString());

        // One letter swapped, one dropped: no indexed text holds these words, so their near misses are looked for.
        String swapped = word.substring(0, 4) + word.charAt(5) + word.charAt(4) + word.substring(6);
        String dropped = word.substring(0, 5) + word.substring(6);
        for (String typo : List.of(swapped, dropped, swapped.substring(0, swapped.length() - 1) + "q")) {
            JsonPath misspelt = hits(typo);
            assertEquals(whole, misspelt.getString("data.searchResults.nodes[0].node.name"), typo);
        }
    }

    @Test
    void diacriticsAndApostrophesAreFoldedBothWays() {
        String word = word();
        String name = "Côte d’" + capitalised(word);
        addActor(name, List.of(), null);
        for (String typed : List.of("cote d'" + word, "CÔTE D’" + word.toUpperCase(), "côte d" + "\u02BC" + word)) {
            GraphQL.query(HITS, Map.of("text", typed))
                    .body("data.searchResults.nodes[0].node.name", equalTo(name))
                    .body("data.searchResults.nodes[0].highlight.text", notNullValue());
        }
    }
}
