package org.multivector.evidence;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * What a reader of one fact asks for: its quotes by id ({@code evidence(ids:)}), each with the text around it
 * ({@code Evidence.context}), cut at the offsets the source gives.
 */
@QuarkusTest
class QuoteReadingTest {

    static final String CONTEXTS = """
            query Contexts($chars: Int) {
              sources { text }
              memberships(first: 100) { nodes { evidence { ...passage } } }
              punitiveMeasures(first: 100) { nodes { evidence { ...passage } } }
              relations(first: 100) { nodes { evidence { ...passage } } }
            }
            fragment passage on Evidence { quote start end context(chars: $chars) { text start end } }
            """;

    @Test
    void everyContextIsTheSourceTextAroundItsQuote() {
        for (Integer chars : new Integer[] {null, 0, 1, 37, 2000}) {
            int around = chars == null ? 200 : chars;
            JsonPath result = GraphQL.query(CONTEXTS, variables(chars)).body("errors", nullValue()).extract().jsonPath();
            String text = result.getString("data.sources[0].text");
            List<Map<String, Object>> passages = result.getList("data.punitiveMeasures.nodes.evidence.flatten()");
            passages.addAll(result.getList("data.memberships.nodes.evidence.flatten()"));
            passages.addAll(result.getList("data.relations.nodes.evidence.flatten()"));
            assertTrue(passages.size() > 20, "the seed's quotes: " + passages.size());
            for (Map<String, Object> passage : passages) {
                int start = (Integer) passage.get("start");
                int end = (Integer) passage.get("end");
                @SuppressWarnings("unchecked")
                Map<String, Object> context = (Map<String, Object>) passage.get("context");
                int from = (Integer) context.get("start");
                int to = (Integer) context.get("end");
                assertEquals(Math.max(0, start - around), from, "context start of " + passage);
                assertEquals(Math.min(text.length(), end + around), to, "context end of " + passage);
                assertEquals(text.substring(from, to), context.get("text"));
                assertEquals(passage.get("quote"), ((String) context.get("text")).substring(start - from, end - from));
            }
        }
    }

    @Test
    void aContextStopsAtTheEndsOfItsSource() {
        JsonPath result = GraphQL.query(CONTEXTS, variables(2000)).body("errors", nullValue()).extract().jsonPath();
        String text = result.getString("data.sources[0].text");
        List<Integer> starts = result.getList("data.relations.nodes.evidence.flatten().context.start");
        starts.addAll(result.getList("data.memberships.nodes.evidence.flatten().context.start"));
        List<Integer> ends = result.getList("data.relations.nodes.evidence.flatten().context.end");
        ends.addAll(result.getList("data.memberships.nodes.evidence.flatten().context.end"));
        assertTrue(starts.contains(0), "a quote near the start: " + starts);
        assertTrue(ends.contains(text.length()), "a quote near the end: " + ends);
        assertFalse(starts.stream().anyMatch(start -> start < 0));
    }

    @Test
    void charsOutsideZeroToTwoThousandAreRefusedByName() {
        for (int chars : new int[] {-1, 2001}) {
            GraphQL.query(CONTEXTS, variables(chars))
                    .body("data", nullValue())
                    .body("errors", not(empty()))
                    .body("errors.message", everyItem(equalTo("Argument 'chars' must be from 0 to 2000; got " + chars)));
        }
    }

    static final String BY_IDS = """
            query Quotes($ids: [String!]!) {
              evidence(ids: $ids) { id quote start end source { title } context(chars: 10) { text start } }
            }
            """;

    @Test
    void quotesAreFoundByIdInTheOrderAskedAndUnknownIdsAreNull() {
        JsonPath measures = GraphQL.query("{ punitiveMeasures(first: 1) { nodes { evidence { id quote start end } } } }")
                .body("errors", nullValue()).extract().jsonPath();
        List<String> ids = measures.getList("data.punitiveMeasures.nodes[0].evidence.id");
        List<String> quotes = measures.getList("data.punitiveMeasures.nodes[0].evidence.quote");
        assertTrue(ids.size() >= 2, "the ban has two quotes: " + ids);
        List<String> asked = List.of(ids.get(1), "999999", ids.get(0), ids.get(1));
        JsonPath found = GraphQL.query(BY_IDS, Map.of("ids", asked)).body("errors", nullValue()).extract().jsonPath();
        List<Map<String, Object>> rows = found.getList("data.evidence");
        assertEquals(Arrays.asList(ids.get(1), null, ids.get(0), ids.get(1)), values(rows, "id"));
        assertEquals(Arrays.asList(quotes.get(1), null, quotes.get(0), quotes.get(1)), values(rows, "quote"));
        assertEquals("Kazakhstan’s rejection of BRICS is a geopolitical gamble", found.getString("data.evidence[0].source.title"));
        String context = found.getString("data.evidence[0].context.text");
        assertTrue(context.contains(quotes.get(1)) && context.length() == quotes.get(1).length() + 20, context);
    }

    @Test
    void aMalformedIdOrTooManyIdsAreRefusedByName() {
        GraphQL.query(BY_IDS, Map.of("ids", List.of("1", "x1")))
                .body("data", nullValue())
                .body("errors.message", everyItem(equalTo("Argument 'ids' is not an id of this service: 'x1'")));
        List<String> many = IntStream.rangeClosed(1, 101).mapToObj(String::valueOf).toList();
        GraphQL.query(BY_IDS, Map.of("ids", many))
                .body("data", nullValue())
                .body("errors.message", everyItem(equalTo("Argument 'ids' may name at most 100 passages; got 101")));
        GraphQL.query(BY_IDS, Map.of("ids", List.of()))
                .body("errors", nullValue())
                .body("data.evidence", empty());
    }

    /** Each row's value of {@code field}, null for a row that is null. */
    private static List<Object> values(List<Map<String, Object>> rows, String field) {
        return rows.stream().map(row -> row == null ? null : row.get(field)).collect(Collectors.toList());
    }

    private static Map<String, Object> variables(Integer chars) {
        return chars == null ? Map.of() : Map.of("chars", chars);
    }
}
