package org.multivector.evidence;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/** The seed's mentions: every passage of the article that names an actor, with exact offsets. */
@QuarkusTest
class MentionsTest {

    static final String MENTIONS = """
            query Mentions($name: String!, $first: Int, $after: String) {
              actor(name: $name) {
                name aliases
                mentions(first: $first, after: $after) {
                  totalCount
                  edges { cursor node { quote start end source { text } } }
                  pageInfo { hasNextPage endCursor }
                }
              }
            }
            """;

    @Test
    void everySeededActorIsMentionedAndEveryOffsetHolds() {
        List<String> names = GraphQL.query("{ actors(first: 100) { nodes { name } } }").extract()
                .path("data.actors.nodes.name");
        assertTrue(names.size() >= 20, "the seed's actors: " + names);
        for (String name : names) {
            List<Map<String, Object>> mentions = allMentions(name);
            assertTrue(!mentions.isEmpty(), name + " is mentioned");
            List<String> actorNames = GraphQL.query("""
                    query Names($name: String!) { actor(name: $name) { aliases } }
                    """, Map.of("name", name)).extract().path("data.actor.aliases");
            List<String> every = new ArrayList<>(actorNames);
            every.add(name);
            for (Map<String, Object> mention : mentions) {
                String text = (String) ((Map<?, ?>) mention.get("source")).get("text");
                String quote = (String) mention.get("quote");
                assertEquals(text.substring((Integer) mention.get("start"), (Integer) mention.get("end")), quote);
                assertTrue(every.stream().anyMatch(actorName -> wholeWord(actorName).matcher(fold(quote)).find()),
                        name + ": \"" + quote + "\" names it");
            }
        }
    }

    @Test
    void kazakhstansMentionsCoverEveryWholeWordOccurrenceOfItsName() {
        List<Map<String, Object>> mentions = allMentions("Kazakhstan");
        String text = (String) ((Map<?, ?>) mentions.get(0).get("source")).get("text");
        Matcher occurrence = wholeWord("Kazakhstan").matcher(text);
        int occurrences = 0;
        while (occurrence.find()) {
            occurrences++;
            int at = occurrence.start();
            assertTrue(mentions.stream().anyMatch(mention -> (Integer) mention.get("start") <= at
                    && at + "Kazakhstan".length() <= (Integer) mention.get("end")), "the occurrence at " + at + " is mentioned");
        }
        assertTrue(occurrences >= 10, "the article names Kazakhstan often: " + occurrences);
        // "Kazakhstanto", the article's typo, is no whole-word occurrence
        assertTrue(text.contains("Kazakhstanto"));
    }

    @Test
    void mentionsArePagedByCursor() {
        int total = GraphQL.query(MENTIONS, Map.of("name", "Astana", "first", 0)).extract()
                .path("data.actor.mentions.totalCount");
        List<Map<String, Object>> all = allMentions("Astana");
        assertEquals(total, all.size());
        assertTrue(total > 3, "Astana is mentioned in several sentences");
        String cursor = GraphQL.query(MENTIONS, Map.of("name", "Astana", "first", 2))
                .body("data.actor.mentions.edges", hasSize(2))
                .body("data.actor.mentions.pageInfo.hasNextPage", equalTo(true))
                .extract().path("data.actor.mentions.pageInfo.endCursor");
        GraphQL.query(MENTIONS, Map.of("name", "Astana", "first", 2, "after", cursor))
                .body("data.actor.mentions.edges[0].node.start", equalTo(all.get(2).get("start")));
        GraphQL.query(MENTIONS, Map.of("name", "Astana", "first", 2, "after", "bm90IGEgY3Vyc29y"))
                .body("errors[0].message", containsString("cursor"));
    }

    @Test
    void searchFindsActorsThroughTheirMentions() {
        // "steppes" is in no name, description or fact quote; the sentence that holds it names Astana
        GraphQL.query("""
                { search(text: "steppes") { __typename ... on Actor { name } } }
                """)
                .body("errors", nullValue())
                .body("data.search.findAll { it.__typename == 'Actor' }.name", hasItem("Astana"));
    }

    @Test
    void aListOfActorsGetsEachItsOwnMentions() {
        GraphQL.query("""
                { actors(kind: STATE, first: 10) { nodes { name mentions(first: 1) { totalCount nodes { quote } } } } }
                """)
                .body("errors", nullValue())
                .body("data.actors.nodes.find { it.name == 'Belarus' }.mentions.nodes[0].quote", containsString("Belarus"))
                .body("data.actors.nodes.find { it.name == 'Kazakhstan' }.mentions.totalCount", greaterThanOrEqualTo(10));
    }

    private static List<Map<String, Object>> allMentions(String name) {
        List<Map<String, Object>> mentions = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = after == null ? Map.of("name", name, "first", 5)
                    : Map.of("name", name, "first", 5, "after", after);
            Map<String, Object> page = GraphQL.query(MENTIONS, variables).body("errors", nullValue()).extract()
                    .path("data.actor.mentions");
            for (Object edge : (List<?>) page.get("edges")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> node = (Map<String, Object>) ((Map<?, ?>) edge).get("node");
                mentions.add(node);
            }
            Map<?, ?> pageInfo = (Map<?, ?>) page.get("pageInfo");
            after = Boolean.TRUE.equals(pageInfo.get("hasNextPage")) ? (String) pageInfo.get("endCursor") : null;
        } while (after != null);
        return mentions;
    }

    private static Pattern wholeWord(String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(fold(name)) + "(?![\\p{L}\\p{N}])");
    }

    private static String fold(String text) {
        return text.replace('\u2019', '\'');
    }
}
