package org.multivector.evidence;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.multivector.actor.Actor;
import org.multivector.dataset.DatasetImporter;
import org.multivector.support.ChangeLogFollowers;
import org.multivector.support.Datasets;
import org.multivector.support.GraphQL;
import org.multivector.support.IsolatedDatabaseProfile;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Nested fields are resolved in batches: a request costs the same number of SQL statements
 * whether it lists 2 rows, 20 or 40 (past the longest IN list, where the ids go as one array).
 */
@QuarkusTest
@TestProfile(IsolatedDatabaseProfile.class)
class BatchResolutionTest {

    static final int MEMBERS = 45;

    static final String MEMBERSHIPS = """
            query Memberships($first: Int!) {
              memberships(first: $first) {
                nodes {
                  status
                  member { name aliases }
                  organisation { name }
                  evidence { quote start end source { title } }
                }
              }
            }
            """;

    static final String QUOTES_IN_CONTEXT = """
            query QuotesInContext($first: Int!) {
              memberships(first: $first) {
                nodes { evidence { quote start end source { title } context(chars: 40) { text start end } } }
              }
            }
            """;

    static final String BY_IDS = """
            query Quotes($ids: [String!]!) {
              evidence(ids: $ids) { quote source { title } context { text start end } }
            }
            """;

    static final String MEASURES = """
            query Measures($first: Int!) {
              punitiveMeasures(first: $first) {
                nodes { kind imposer { name } target { name } evidence { quote } }
              }
            }
            """;

    static final String ACTORS_DEEP = """
            query ActorsDeep($first: Int!) {
              actors(kind: STATE, first: $first) {
                nodes {
                  name aliases
                  memberships { status organisation { name members { member { name } } } evidence { quote } }
                  measuresImposed { kind target { name } }
                  measuresReceived { kind imposer { name } evidence { source { title } } }
                  relations { type subject { name } object { name } }
                }
              }
            }
            """;

    static final String ACTORS_CLAIMS = """
            query ActorsClaims($first: Int!) {
              actors(kind: STATE, first: $first) {
                nodes {
                  name
                  mentions(first: 3) { totalCount nodes { quote start end source { title } } pageInfo { hasNextPage } }
                  memberships(certainty: [ASSERTED]) { certainty organisation { name } }
                  measuresImposed(certainty: [ASSERTED, HYPOTHETICAL]) { certainty }
                  relations(certainty: [ASSERTED]) { certainty }
                }
              }
            }
            """;

    static final String SEARCH_RESULTS = """
            query SearchResults($first: Int!) {
              searchResults(text: "batchland", types: ["Actor"], first: $first) {
                nodes {
                  score field highlight { text ranges { start end } }
                  node { ... on Actor { name aliases memberships { status organisation { name } evidence { quote } } } }
                }
              }
            }
            """;

    static final String HISTORIES = """
            query Histories($first: Int!) {
              actors(kind: STATE, first: $first) {
                nodes {
                  history { revision at by operation summary }
                  memberships { history { summary state } organisation { history { summary } } }
                }
              }
            }
            """;

    static final String FACT_HISTORIES = """
            query FactHistories($first: Int!) {
              actors(kind: STATE, first: $first) {
                nodes {
                  measuresImposed { history { summary } }
                  relations { history { summary } }
                }
              }
              sources { history { summary } }
              events(first: 1) { nodes { history { summary } } }
            }
            """;

    static final String CHANGES = """
            query Changes($first: Int!) {
              changes(sinceRevision: 0, first: $first) { nodes { revision at by operation entity entityId summary } }
            }
            """;

    static final String PAST_MEMBERSHIPS = """
            query PastMemberships($first: Int!, $asOf: Int) {
              memberships(first: $first, asOf: $asOf) {
                totalCount
                nodes {
                  status
                  member { name aliases memberships { status } measuresImposed { kind } relations { type } }
                  organisation { name members { status } }
                  evidence { quote start end source { title } }
                  history { operation }
                }
              }
            }
            """;

    static final String PAST_FACTS = """
            query PastFacts($first: Int!, $asOf: Int) {
              punitiveMeasures(first: $first, asOf: $asOf) {
                nodes { kind imposer { name } target { name measuresReceived { kind } } trigger { name } evidence { quote } }
              }
              relations(first: $first, asOf: $asOf) { nodes { type subject { name } object { name } evidence { quote } } }
              events(first: 1, asOf: $asOf) { nodes { name place { name } participants { name } evidence { quote } } }
            }
            """;

    @Inject
    DatasetImporter importer;

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void importGeneratedFacts() {
        boolean imported = QuarkusTransaction.requiringNew()
                .call(() -> Actor.count("name", "Batchland 0") > 0);
        if (!imported) {
            importer.importDataset(Datasets.yaml(generatedDataset()));
        }
        // the search index re-reads what the import wrote: none of its statements may be counted as a request's
        ChangeLogFollowers.caughtUp();
    }

    @Test
    void membershipsCostTheSameStatementsForTwoTwentyAndFortyRows() {
        long forTwo = sameStatementsForTwoTwentyAndForty(MEMBERSHIPS, "data.memberships.nodes");
        // the page, members, organisations, aliases, evidence and sources: one statement each
        assertTrue(forTwo <= 6, "one statement per level, not per row: " + forTwo);
    }

    @Test
    void membersAndOrganisationsReadAgainComeFromTheCache() {
        sessionFactory.getCache().evictAllRegions();
        long cold = statementsFor(MEMBERSHIPS, 40, "data.memberships.nodes", Map.of(), false);
        long warm = statementsFor(MEMBERSHIPS, 40, "data.memberships.nodes", Map.of(), false);
        // the members and organisations (one batch of actors by id) are the second-level cache's
        assertEquals(cold - 1, warm, "one statement fewer once the actors are cached");
    }

    @Test
    void quotesInContextCostTheSameStatementsForTwoTwentyAndFortyRows() {
        long statements = sameStatementsForTwoTwentyAndForty(QUOTES_IN_CONTEXT, "data.memberships.nodes");
        // the page, the evidence, the sources (for their titles, and again for the text around each quote)
        assertTrue(statements <= 4, "one statement per level, not per row: " + statements);
        GraphQL.query(QUOTES_IN_CONTEXT, Map.of("first", 40))
                .body("data.memberships.nodes.evidence.flatten().context.text", everyItem(notNullValue()));
    }

    @Test
    void quotesByIdCostTheSameStatementsForTwoTwentyAndFortyIds() {
        List<String> ids = GraphQL.query("{ memberships(first: 40) { nodes { evidence { id } } } }")
                .extract().jsonPath().getList("data.memberships.nodes.evidence.flatten().id");
        Map<Integer, Long> statements = new TreeMap<>();
        for (int count : new int[] {2, 20, 40, 2}) {
            Statistics statistics = sessionFactory.getStatistics();
            statistics.clear();
            GraphQL.query(BY_IDS, Map.of("ids", ids.subList(0, count)))
                    .body("errors", nullValue())
                    .body("data.evidence.context.text", hasSize(count))
                    .body("data.evidence.context.text", everyItem(notNullValue()));
            statements.merge(count, statistics.getPrepareStatementCount(), Math::max);
        }
        // the quotes, their sources (for the titles, and again for the text around each quote)
        assertEquals(1, Set.copyOf(statements.values()).size(), "the same for 2, 20 and 40 ids: " + statements);
        assertTrue(statements.get(2) <= 3, "one statement per level, not per quote: " + statements);
    }

    @Test
    void imposersAndTargetsOfAPageAreReadWithOneStatement() {
        long statements = sameStatementsForTwoTwentyAndForty(MEASURES, "data.punitiveMeasures.nodes");
        // the page, the actors it points at (imposers and targets together), the evidence
        assertEquals(3, statements);
    }

    @Test
    void fortyMeasuresFindEveryImposerTargetAndQuoteThroughTheIdArray() {
        GraphQL.query(MEASURES, Map.of("first", 40))
                .body("errors", nullValue())
                .body("data.punitiveMeasures.nodes", hasSize(40))
                .body("data.punitiveMeasures.nodes.imposer.name", everyItem(notNullValue()))
                .body("data.punitiveMeasures.nodes.target.name", everyItem(notNullValue()))
                .body("data.punitiveMeasures.nodes.evidence.flatten().quote", hasSize(40));
    }

    @Test
    void deeplyNestedActorsCostTheSameStatementsForTwoTwentyAndFortyRows() {
        sameStatementsForTwoTwentyAndForty(ACTORS_DEEP, "data.actors.nodes");
    }

    @Test
    void mentionsAndCertaintyFilteredListsCostTheSameStatementsForTwoTwentyAndFortyRows() {
        long statements = sameStatementsForTwoTwentyAndForty(ACTORS_CLAIMS, "data.actors.nodes");
        // the page; mention ids, mentions, their count and sources; memberships and their organisations;
        // measures; relations
        assertTrue(statements <= 10, "one statement per level, not per row: " + statements);
        GraphQL.query(ACTORS_CLAIMS, Map.of("first", 40))
                .body("data.actors.nodes.mentions.nodes.flatten()", hasSize(120))
                .body("data.actors.nodes.mentions.totalCount", everyItem(greaterThanOrEqualTo(3)));
    }

    @Test
    void searchResultsAndTheirNodesCostTheSameStatementsForTwoTwentyAndFortyHits() {
        long statements = sameStatementsForTwoTwentyAndForty(SEARCH_RESULTS, "data.searchResults.nodes");
        // the actors found (the index itself is no statement), their names, memberships, organisations, evidence
        assertTrue(statements <= 5, "one statement per level, not per hit: " + statements);
    }

    @Test
    void historiesOfActorsAndTheirFactsCostTheSameStatementsForTwoTwentyAndFortyRows() {
        long statements = sameStatementsForTwoTwentyAndForty(HISTORIES, "data.actors.nodes");
        // the page; actor histories and their revisions; memberships; their histories and revisions;
        // organisations; their histories and revisions
        assertEquals(9, statements, "one statement per level, not per row");
        GraphQL.query(HISTORIES, Map.of("first", 40))
                .body("data.actors.nodes.history.flatten().operation", everyItem(notNullValue()))
                .body("data.actors.nodes.history", everyItem(hasSize(greaterThanOrEqualTo(1))));
    }

    @Test
    void historiesOfMeasuresRelationsSourcesAndEventsCostTheSameStatementsForTwoTwentyAndFortyRows() {
        long statements = sameStatementsForTwoTwentyAndForty(FACT_HISTORIES, "data.actors.nodes");
        // measured: 12 statements, the same for 2, 20 and 40 actors (which sameStatementsForTwoTwentyAndForty
        // asserts); the actors' relations take two, those they are the subject of and those they are the object of
        assertEquals(12, statements, "one statement per level, not per row");
    }

    @Test
    void aPageOfChangesCostsTwoStatementsWhateverItsSize() {
        assertEquals(2, sameStatementsForTwoTwentyAndForty(CHANGES, "data.changes.nodes"),
                "the changes and their revisions");
    }

    @Test
    void pastMembershipsAndWhatTheyNameCostTheSameStatementsForTwoTwentyAndFortyRows() {
        int asOf = GraphQL.query("{ revision }").extract().path("data.revision");
        long statements = sameStatementsForTwoTwentyAndForty(PAST_MEMBERSHIPS, "data.memberships.nodes",
                Map.of("asOf", asOf));
        // the revision's check; the page: changes since, today's rows, past states; totalCount: today's count,
        // changes since; members and organisations: past states; each actor's memberships, measures,
        // relations and members: today's rows (two for relations: as subject, as object), changes since, past
        // states; sources: past states; history: changes and revisions. Quotes and aliases come with the past states.
        assertEquals(24, statements, "one statement per level and step, not per row");
        GraphQL.query(PAST_MEMBERSHIPS, Map.of("first", 40, "asOf", asOf))
                .body("data.memberships.nodes.member.name", everyItem(notNullValue()))
                .body("data.memberships.nodes.evidence.flatten().source.title", everyItem(notNullValue()));
    }

    @Test
    void pastMeasuresRelationsAndEventsCostTheSameStatementsForTwoTwentyAndFortyRows() {
        int asOf = GraphQL.query("{ revision }").extract().path("data.revision");
        long statements = sameStatementsForTwoTwentyAndForty(PAST_FACTS, "data.punitiveMeasures.nodes",
                Map.of("asOf", asOf));
        // per connection the revision's check, changes since, today's rows and past states (the generated
        // data holds no events: none for theirs); imposers, targets, subjects, objects: past states; the
        // targets' measures: today's rows, changes since, past states. No measure has a trigger.
        assertEquals(18, statements, "one statement per level and step, not per row");
    }

    /** Measures the document for 2, 20 and 40 rows, three times over, and returns the one count. */
    private long sameStatementsForTwoTwentyAndForty(String document, String nodesPath) {
        return sameStatementsForTwoTwentyAndForty(document, nodesPath, Map.of());
    }

    private long sameStatementsForTwoTwentyAndForty(String document, String nodesPath, Map<String, Object> variables) {
        long forTwo = statementsFor(document, 2, nodesPath, variables);
        for (int round = 0; round < 3; round++) {
            assertEquals(forTwo, statementsFor(document, 20, nodesPath, variables), "statements for 20 rows as for 2");
            assertEquals(forTwo, statementsFor(document, 40, nodesPath, variables), "statements for 40 rows as for 2");
            assertEquals(forTwo, statementsFor(document, 2, nodesPath, variables), "statements for 2 rows, again");
        }
        return forTwo;
    }

    /** The statements of one request, read with an empty second-level cache: the most it costs. */
    private long statementsFor(String document, int first, String nodesPath, Map<String, Object> variables) {
        return statementsFor(document, first, nodesPath, variables, true);
    }

    private long statementsFor(String document, int first, String nodesPath, Map<String, Object> variables,
            boolean emptyCache) {
        if (emptyCache) {
            sessionFactory.getCache().evictAllRegions();
        }
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        Map<String, Object> all = new HashMap<>(variables);
        all.put("first", first);
        GraphQL.query(document, all)
                .body("errors", nullValue())
                .body(nodesPath, hasSize(first));
        return statistics.getPrepareStatementCount();
    }

    /** Batchland 0..44, each a member of one of five blocs, each fact quoted from one dispatch. */
    private static String generatedDataset() {
        StringBuilder text = new StringBuilder();
        StringBuilder actors = new StringBuilder();
        StringBuilder memberships = new StringBuilder();
        StringBuilder measures = new StringBuilder();
        StringBuilder relations = new StringBuilder();
        for (int bloc = 0; bloc < 5; bloc++) {
            actors.append("  - { name: Batch Bloc ").append(bloc).append(", kind: ORGANISATION }\n");
        }
        for (int i = 0; i < MEMBERS; i++) {
            String state = "Batchland " + i;
            String bloc = "Batch Bloc " + (i % 5);
            String joined = state + " joined " + bloc + ".";
            String banned = "Batchland " + ((i + 1) % MEMBERS) + " banned goods of " + state + ".";
            String borders = state + " borders Batchland " + ((i + 1) % MEMBERS) + ".";
            text.append(joined).append(' ').append(banned).append(' ').append(borders).append(' ');
            actors.append("  - { name: ").append(state).append(", kind: STATE, aliases: [BL").append(i).append("] }\n");
            memberships.append("  - { member: ").append(state).append(", organisation: ").append(bloc)
                    .append(", status: MEMBER, evidence: [{ quote: \"").append(joined).append("\" }] }\n");
            measures.append("  - { imposer: Batchland ").append((i + 1) % MEMBERS).append(", target: ").append(state)
                    .append(", kind: IMPORT_BAN, status: IMPOSED, summary: A ban., evidence: [\"").append(banned)
                    .append("\"] }\n");
            relations.append("  - { subject: ").append(state).append(", type: NEIGHBOUR_OF, object: Batchland ")
                    .append((i + 1) % MEMBERS).append(", evidence: [\"").append(borders).append("\"] }\n");
        }
        return "sources:\n  - title: Batch dispatch\n    text: \"" + text.toString().strip() + "\"\n"
                + "actors:\n" + actors + "memberships:\n" + memberships + "punitiveMeasures:\n" + measures
                + "relations:\n" + relations;
    }
}
