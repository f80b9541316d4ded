package org.multivector.evidence;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class EvidenceIntegrityTest {

    static final String ALL_EVIDENCE = """
            query AllEvidence {
              sources { id title publisher section text }
              memberships(first: 100) { nodes { evidence { ...passage } } }
              punitiveMeasures(first: 100) { nodes { evidence { ...passage } } }
              relations(first: 100) { nodes { evidence { ...passage } } }
              events(first: 100) { nodes { evidence { ...passage } } }
            }
            fragment passage on Evidence { quote start end source { id } }
            """;

    @Test
    void theArticleIsStoredByteForByte() throws IOException {
        String article;
        try (InputStream in = getClass().getResourceAsStream("/seed/000_0084f6cc585fff4a.txt")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        GraphQL.query("{ sources { title publisher section text } }")
                .body("errors", nullValue())
                .body("data.sources[0].title", equalTo("Kazakhstan’s rejection of BRICS is a geopolitical gamble"))
                .body("data.sources[0].publisher", equalTo("Emerging Europe"))
                .body("data.sources[0].section", equalTo("Opinion"))
                .body("data.sources[0].text", equalTo(article));
        assertTrue(article.contains("Kazakhstanto ensure"), "the article's typos are kept");
    }

    @Test
    void everyQuoteIsTheSourceTextBetweenItsOffsets() {
        JsonPath result = GraphQL.query(ALL_EVIDENCE).body("errors", nullValue()).extract().jsonPath();
        Map<String, String> texts = new HashMap<>();
        for (Map<String, Object> source : result.<Map<String, Object>> getList("data.sources")) {
            texts.put((String) source.get("id"), (String) source.get("text"));
        }
        List<Map<String, Object>> passages = new ArrayList<>();
        for (String fact : List.of("memberships", "punitiveMeasures", "relations", "events")) {
            for (List<Map<String, Object>> evidence : result.<List<Map<String, Object>>> getList(
                    "data." + fact + ".nodes.evidence")) {
                assertFalse(evidence.isEmpty(), "every " + fact + " fact has evidence");
                passages.addAll(evidence);
            }
        }
        assertTrue(passages.size() >= 30, "the seed quotes the article throughout: " + passages.size());
        for (Map<String, Object> passage : passages) {
            @SuppressWarnings("unchecked")
            String text = texts.get(((Map<String, Object>) passage.get("source")).get("id"));
            int start = (Integer) passage.get("start");
            int end = (Integer) passage.get("end");
            assertEquals(passage.get("quote"), text.substring(start, end));
        }
    }

    @Test
    void offsetsCountUtf16CodeUnits() {
        // The first quote of the DECLINED membership starts at the title, after "Opinion\n\n".
        GraphQL.query("""
                { memberships(status: DECLINED) { nodes { evidence { quote start end } } } }
                """)
                .body("data.memberships.nodes[0].evidence[0].quote",
                        equalTo("Kazakhstan’s rejection of BRICS is a geopolitical gamble"))
                .body("data.memberships.nodes[0].evidence[0].start", equalTo(9))
                .body("data.memberships.nodes[0].evidence[0].end", equalTo(9 + 56));
    }
}
