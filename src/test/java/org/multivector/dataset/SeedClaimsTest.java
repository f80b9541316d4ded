package org.multivector.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The seed states each fact as the article does: its certainty, next to the article's sentence
 * that gives it, and quotes that name the actors of the fact they state.
 */
@QuarkusTest
class SeedClaimsTest {

    static final String FACTS = """
            {
              memberships(first: 100) { nodes { member { name } status organisation { name } certainty attributedTo evidence { quote } } }
              punitiveMeasures(first: 100) { nodes { imposer { name } kind status target { name } certainty attributedTo evidence { quote } } }
              relations(first: 100) { nodes { subject { name } type object { name } certainty attributedTo evidence { quote } } }
              events(first: 100) { nodes { name certainty attributedTo place { name } participants { name } evidence { quote } } }
              actors(first: 100) { nodes { name aliases } }
            }
            """;

    /** Every seeded fact, its certainty, and the article's sentence that states it so. */
    static final Map<String, Claim> CLAIMS = new LinkedHashMap<>();

    private static void claim(String fact, String certainty, String sentence) {
        CLAIMS.put(fact, new Claim(certainty, sentence));
    }

    record Claim(String certainty, String sentence) {
    }

    static {
        claim("Kazakhstan MEMBER Collective Security Treaty Organisation", "ASSERTED",
                "its integration into various Russian-dominated security and economic institutions such as the Collective Security Treaty Organisation (CSTO)");
        claim("Kazakhstan MEMBER Eurasian Economic Union", "ASSERTED",
                "such as the Collective Security Treaty Organisation (CSTO) and the Eurasian Economic Union (EAEU)");
        claim("Kazakhstan DECLINED BRICS", "ASSERTED",
                "Kazakhstan’s President Kassym-Jomart Tokayev has decided that Astana, for the time being, will not join the BRICS bloc.");
        claim("Russia IMPORT_BAN Kazakhstan", "ASSERTED",
                "Just days after the announcement, Russia decided to ban the import of several Kazakh fruit and vegetable products");
        claim("Russia MILITARY Kazakhstan", "HYPOTHETICAL",
                "A Russian victory could lead to a more self-assured Kremlin setting its sights on Kazakhstan’s northern provinces");
        claim("Russia OTHER Kazakhstan", "HYPOTHETICAL",
                "could quickly create geopolitical problems at home and put an end to the country’s multi-vector foreign policy once and for all.");
        claim("Kassym-Jomart Tokayev LEADER_OF Kazakhstan", "ASSERTED", "Kazakhstan’s President Kassym-Jomart Tokayev");
        claim("Vladimir Putin LEADER_OF Russia", "ASSERTED", "Putin’s now battle-hardened military machinery");
        claim("Astana CAPITAL_OF Kazakhstan", "ASSERTED", "Little stands between the capital Astana");
        claim("Northern Kazakhstan PART_OF Kazakhstan", "ASSERTED",
                "Kazakhstan’s northern provinces—where ethnic Russians are in the majority");
        claim("Kremlin GOVERNMENT_OF Russia", "ASSERTED", "A Russian victory could lead to a more self-assured Kremlin");
        claim("Kazakhstan FORMER_SATELLITE_OF Russia", "ASSERTED", "Russia’s historical satellite state");
        claim("Kazakhstan BUFFER_STATE_OF Russia", "ASSERTED",
                "As Russia’s third most important historical buffer state, after Belarus and Ukraine, Kazakhstan is in a delicate situation");
        claim("Belarus BUFFER_STATE_OF Russia", "ASSERTED", "As Russia’s third most important historical buffer state, after Belarus and Ukraine");
        claim("Ukraine BUFFER_STATE_OF Russia", "ASSERTED", "As Russia’s third most important historical buffer state, after Belarus and Ukraine");
        claim("Kazakhstan NEIGHBOUR_OF Russia", "ASSERTED", "a city whose name echoes that of its Kazakh neighbour");
        claim("Kazakhstan CLOSE_RELATIONSHIP_WITH Russia", "ASSERTED", "Given Kazakhstan’s historically close relationship with Russia");
        String camps = "currently being waged between Russia and China on one side, and the US and Europe on the other";
        claim("Russia ALIGNED_WITH China", "ASSERTED", camps);
        claim("United States ALIGNED_WITH Europe", "ASSERTED", camps);
        claim("Russia OPPOSED_TO United States", "ASSERTED", camps);
        claim("Russia OPPOSED_TO Europe", "ASSERTED", camps);
        claim("China OPPOSED_TO United States", "ASSERTED", camps);
        claim("China OPPOSED_TO Europe", "ASSERTED", camps);
        claim("Kazakhstan PARTNER_OF The West", "ASSERTED", "so as not to alienate its Western partners");
        String project = "BRICS is increasingly regarded as a Russian-Chinese geopolitical project";
        claim("BRICS PROJECT_OF Russia", "REPORTED", project);
        claim("BRICS PROJECT_OF China", "REPORTED", project);
        claim("Collective Security Treaty Organisation DOMINATED_BY Russia", "ASSERTED",
                "various Russian-dominated security and economic institutions such as the Collective Security Treaty Organisation (CSTO)");
        claim("Eurasian Economic Union DOMINATED_BY Russia", "ASSERTED", "and the Eurasian Economic Union (EAEU)");
        claim("Central Asia CORE_OF Middle Corridor", "ASSERTED", "as the core of the Middle Corridor");
        claim("Kazakhstan VASSAL_OF Russia", "HYPOTHETICAL",
                "unless Astana decides to enter into a new servile, vassal-like relationship with its large neighbour to the north");
        claim("BRICS summit in Kazan", "ASSERTED", "The BRICS summit in Kazan is missing one important potential member: Kazakhstan.");
        claim("Kazakhstan's decision not to join BRICS", "ASSERTED", "has decided that Astana, for the time being, will not join the BRICS bloc.");
        claim("Russian ban on Kazakh fruit and vegetable imports", "ASSERTED",
                "Russia decided to ban the import of several Kazakh fruit and vegetable products");
        claim("Russo-Ukrainian war", "ASSERTED", "Given the uncertain outcome of the Russo-Ukrainian war");
        claim("Collapse of the Soviet Union", "ASSERTED", "since the collapse of the Soviet Union");
        claim("Tug-of-war over the future of the international system", "ASSERTED", camps);
        claim("Russian defeat in Ukraine", "HYPOTHETICAL", "a Russian defeat in Ukraine—full or partial—seems to be in its national interest.");
        claim("Russian victory in Ukraine", "HYPOTHETICAL", "A Russian victory, on the other hand, could result in a more self-confident and revanchist Moscow");
        claim("Kazakhstan's entry into a new international political institution where Russia plays an important role",
                "ASSESSED", "before Kazakhstan eventually enters a new international political institution where Russia plays an important role");
    }

    /**
     * Words the article uses for an actor of a fact where a quote does not name it: "Kazakh" for
     * Kazakhstan, "Russian" for Russia, "Kremlin" for Russia, "its large neighbour to the north"...
     * Keyed by fact, then actor. A quote that names an actor by none of its names nor these fails.
     */
    static final Map<String, Map<String, List<String>>> WORDS_FOR = new HashMap<>();

    private static void words(String fact, String actor, String... words) {
        WORDS_FOR.computeIfAbsent(fact, key -> new HashMap<>()).put(actor, List.of(words));
    }

    static {
        words("Russia IMPORT_BAN Kazakhstan", "Kazakhstan", "Kazakh", "its former satellite state");
        words("Russia IMPORT_BAN Kazakhstan", "Russia", "Kremlin");
        words("Russia MILITARY Kazakhstan", "Kazakhstan", "Astana");
        words("Russia MILITARY Kazakhstan", "Russia", "Russian", "Kremlin", "Putin");
        words("Russia OTHER Kazakhstan", "Russia", "Russian", "Moscow");
        words("Russia OTHER Kazakhstan", "Kazakhstan", "the country");
        words("Vladimir Putin LEADER_OF Russia", "Russia", "neighbour to the north");
        words("Astana CAPITAL_OF Kazakhstan", "Kazakhstan", "Kazakh");
        words("Kremlin GOVERNMENT_OF Russia", "Russia", "Russian");
        words("Kazakhstan FORMER_SATELLITE_OF Russia", "Kazakhstan", "satellite state");
        words("Kazakhstan FORMER_SATELLITE_OF Russia", "Russia", "Kremlin");
        words("Kazakhstan NEIGHBOUR_OF Russia", "Kazakhstan", "Kazakh neighbour", "Astana");
        words("Kazakhstan NEIGHBOUR_OF Russia", "Russia", "neighbour to the north");
        words("Kazakhstan VASSAL_OF Russia", "Kazakhstan", "Astana");
        words("Kazakhstan VASSAL_OF Russia", "Russia", "neighbour to the north");
        words("Kazakhstan PARTNER_OF The West", "Kazakhstan", "Astana");
        words("BRICS PROJECT_OF Russia", "Russia", "Russian");
        words("BRICS PROJECT_OF China", "China", "Chinese");
        words("Collective Security Treaty Organisation DOMINATED_BY Russia", "Russia", "Russian");
        words("Eurasian Economic Union DOMINATED_BY Russia", "Russia", "Russian");
        words("Russian ban on Kazakh fruit and vegetable imports", "Kazakhstan", "Kazakh");
        words("Russian victory in Ukraine", "Russia", "Russian");
        words("Russian defeat in Ukraine", "Russia", "Russian");
    }

    static String article;
    static Map<String, Object> facts;
    static final Map<String, List<String>> namesOf = new HashMap<>();

    @BeforeAll
    static void readSeed() throws IOException {
        try (InputStream text = SeedClaimsTest.class.getResourceAsStream("/seed/000_0084f6cc585fff4a.txt")) {
            article = new String(text.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everySeededFactHasTheCertaintyOfTheArticlesSentence() {
        Map<String, Map<String, Object>> seeded = seededFacts();
        assertEquals(CLAIMS.keySet(), seeded.keySet(), "the facts this test lists are the seeded ones");
        CLAIMS.forEach((fact, claim) -> {
            Map<String, Object> stored = seeded.get(fact);
            assertEquals(claim.certainty(), stored.get("certainty"), fact);
            assertNull(stored.get("attributedTo"), fact + ": the article names nobody whose view it is");
            assertTrue(article.contains(claim.sentence()), fact + ": the sentence is the article's: " + claim.sentence());
            assertTrue(quotes(stored).stream().anyMatch(quote -> quote.contains(claim.sentence())
                    || claim.sentence().contains(quote)), fact + ": the sentence is in its evidence");
        });
    }

    @Test
    void everySpeculatedMeasureIsHypothetical() {
        List<Object> measures = nodes("punitiveMeasures");
        assertEquals(3, measures.size());
        for (Object node : measures) {
            Map<?, ?> measure = (Map<?, ?>) node;
            assertEquals("SPECULATED".equals(measure.get("status")), "HYPOTHETICAL".equals(measure.get("certainty")),
                    measure.toString());
        }
    }

    @Test
    void everyQuoteNamesTheActorsOfItsFact() {
        List<String> problems = new ArrayList<>();
        seededFacts().forEach((fact, stored) -> {
            List<String> actors = actorsOf(stored);
            for (String quote : quotes(stored)) {
                List<String> named = actors.stream().filter(actor -> names(fact, actor, quote)).toList();
                boolean event = stored.containsKey("participants");
                // a fact between two actors names both; an event names at least one of its actors
                if (event ? named.isEmpty() : named.size() < actors.size()) {
                    problems.add(fact + ": \"" + quote + "\" names only " + named);
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    private boolean names(String fact, String actor, String quote) {
        List<String> words = new ArrayList<>(namesOf.get(actor));
        words.addAll(WORDS_FOR.getOrDefault(fact, Map.of()).getOrDefault(actor, List.of()));
        String folded = quote.replace('’', '\'');
        return words.stream().anyMatch(word -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.replace('’', '\''))
                + "(?![\\p{L}\\p{N}])").matcher(folded).find());
    }

    @SuppressWarnings("unchecked")
    private static List<String> actorsOf(Map<String, Object> fact) {
        List<String> actors = new ArrayList<>();
        for (String role : List.of("member", "organisation", "imposer", "target", "subject", "object", "place")) {
            if (fact.get(role) instanceof Map<?, ?> actor) {
                actors.add((String) actor.get("name"));
            }
        }
        if (fact.get("participants") instanceof List<?> participants) {
            participants.forEach(participant -> actors.add((String) ((Map<String, Object>) participant).get("name")));
        }
        return actors;
    }

    @SuppressWarnings("unchecked")
    private static List<String> quotes(Map<String, Object> fact) {
        return ((List<Map<String, Object>>) fact.get("evidence")).stream().map(quote -> (String) quote.get("quote")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> seededFacts() {
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        for (Object node : nodes("memberships")) {
            Map<String, Object> fact = (Map<String, Object>) node;
            byKey.put(name(fact, "member") + " " + fact.get("status") + " " + name(fact, "organisation"), fact);
        }
        for (Object node : nodes("punitiveMeasures")) {
            Map<String, Object> fact = (Map<String, Object>) node;
            byKey.put(name(fact, "imposer") + " " + fact.get("kind") + " " + name(fact, "target"), fact);
        }
        for (Object node : nodes("relations")) {
            Map<String, Object> fact = (Map<String, Object>) node;
            byKey.put(name(fact, "subject") + " " + fact.get("type") + " " + name(fact, "object"), fact);
        }
        for (Object node : nodes("events")) {
            Map<String, Object> fact = (Map<String, Object>) node;
            byKey.put((String) fact.get("name"), fact);
        }
        return byKey;
    }

    /** The seeded facts and every actor's names, read once. */
    @SuppressWarnings("unchecked")
    private static List<Object> nodes(String connection) {
        if (facts == null) {
            facts = GraphQL.query(FACTS).extract().path("data");
            for (Object node : (List<Object>) ((Map<String, Object>) facts.get("actors")).get("nodes")) {
                Map<String, Object> actor = (Map<String, Object>) node;
                List<String> names = new ArrayList<>((List<String>) actor.get("aliases"));
                names.add((String) actor.get("name"));
                namesOf.put((String) actor.get("name"), names);
            }
        }
        return (List<Object>) ((Map<String, Object>) facts.get(connection)).get("nodes");
    }

    private static String name(Map<String, Object> fact, String role) {
        return (String) ((Map<?, ?>) fact.get(role)).get("name");
    }
}
