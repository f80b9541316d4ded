package org.multivector.dataset;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.support.PackagedService;
import org.multivector.support.SubscriptionClient;
import org.multivector.support.TestDatabases;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two instances of the packaged service on one PostgreSQL database see each other's writes at
 * once, in their change feeds and subscriptions too, their search indexes within the follower's
 * interval, and a restarted instance does not
 * seed again. (An embedded H2 file has one owner, so
 * this runs in the PostgreSQL build.)
 */
class TwoInstancesIT {

    static final String PASSWORD = "two-instances-secret";
    static final String ADD = "mutation Add($name: String!) { addActor(input: { name: $name, kind: CITY }) { id } }";
    static final String FIND = "query Find($name: String!) { actor(name: $name) { name } }";
    static final String RENAME = """
            mutation Rename($id: ID!, $name: String!) { updateActor(id: $id, input: { name: $name, kind: CITY }) { id } }
            """;
    static final String BY_ID = "query ById($id: ID!) { actor(id: $id) { name } }";
    static final String CHANGES = """
            query Changes($since: Int!) { changes(sinceRevision: $since, entity: ["Actor"]) { nodes { summary } } }
            """;
    static final String SUBSCRIBE = "subscription { changes(entity: [\"Actor\"]) { summary } }";
    static final String SEARCH = "query Search($text: String!) { search(text: $text) { ... on Actor { name } } }";

    @Test
    void instancesShareTheirWrites(@TempDir Path first, @TempDir Path second) throws Exception {
        assumeTrue(TestDatabases.isPostgresql(), "two instances share a database only in the PostgreSQL build");
        Map<String, String> environment = Map.of("MULTIVECTOR_EDITOR_PASSWORD", PASSWORD,
                "QUARKUS_DATASOURCE_JDBC_URL", TestDatabases.url("two_instances"));
        try (PackagedService a = PackagedService.start(first, environment, "a.log");
                PackagedService b = PackagedService.start(second, environment, "b.log")) {
            assertTrue(b.log().contains("is already imported"), "the second instance does not seed again");
            int revision = b.graphql("{ revision }", Map.of(), null).at("/data/revision").asInt();
            SubscriptionClient subscriber = SubscriptionClient.connect(URI.create(b.url("/graphql")));
            subscriber.subscribe("actors", SUBSCRIBE, Map.of());
            JsonNode added = a.graphql(ADD, Map.of("name", "Written by A"), PASSWORD);
            assertWritten(added);
            String id = added.at("/data/addActor/id").asText();
            // B's live feed and change feed carry A's write
            subscriber.next("actors", change -> change.getString("summary").equals("Actor Written by A created"));
            subscriber.close();
            assertEquals("Actor Written by A created", b.graphql(CHANGES, Map.of("since", revision), null)
                    .at("/data/changes/nodes/0/summary").asText());
            assertEquals("Written by A", b.graphql(FIND, Map.of("name", "written by a"), null).at("/data/actor/name").asText());
            assertWritten(b.graphql(ADD, Map.of("name", "Written by B"), PASSWORD));
            assertEquals("Written by B", a.graphql(FIND, Map.of("name", "written by b"), null).at("/data/actor/name").asText());
            // Each instance's search index follows the other's writes through the change log.
            assertEventuallyFound(b, "Written by A");
            assertEventuallyFound(a, "Written by B");
            // B keeps the actors it read by id in its cache; A's rename reaches it through the change log.
            assertEquals("Written by A", b.graphql(BY_ID, Map.of("id", id), null).at("/data/actor/name").asText());
            assertWritten(a.graphql(RENAME, Map.of("id", id, "name", "Renamed by A"), PASSWORD));
            assertEventually(() -> b.graphql(BY_ID, Map.of("id", id), null).at("/data/actor/name").asText(),
                    "Renamed by A", "read by id on the other instance");
        }
        try (PackagedService restarted = PackagedService.start(first, environment, "restarted.log")) {
            assertTrue(restarted.log().contains("is already imported"), "a restart does not seed again");
            JsonNode sources = restarted.graphql("{ sources { title } }", Map.of(), null);
            assertEquals(1, sources.at("/data/sources").size());
        }
    }

    private static void assertEventuallyFound(PackagedService service, String name) {
        assertEventually(() -> service.graphql(SEARCH, Map.of("text", name), null).at("/data/search/0/name").asText(),
                name, "found by the other instance's search");
    }

    private static void assertEventually(Callable<String> read, String expected, String what) {
        await(what).atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertEquals(expected, read.call(), what + " within 15 s"));
    }

    private static void assertWritten(JsonNode response) {
        assertTrue(response.path("errors").isMissingNode(), response.toString());
    }
}
