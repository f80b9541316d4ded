package org.multivector.history;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;
import org.multivector.support.Names;
import org.multivector.support.WritableDatabaseProfile;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Live updates over a real WebSocket (graphql-transport-ws at /graphql): a subscriber receives a
 * mutation's change once it commits, only of the types it asked for, and a connection holds at
 * most the configured number of subscriptions.
 */
@QuarkusTest
@TestProfile(WritableDatabaseProfile.class)
class ChangeSubscriptionTest {

    static final String SUBSCRIBE = """
            subscription Changes($entity: [String!]) {
              changes(entity: $entity) { revision by operation entity entityId summary }
            }
            """;
    static final String ADD_ACTOR = "mutation AddActor($input: ActorInput!) { addActor(input: $input) { id } }";
    static final String ADD_SOURCE = "mutation AddSource($input: SourceInput!) { addSource(input: $input) { id } }";
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void aSubscriberReceivesEachCommittedChangeOfTheTypesItAskedFor() throws Exception {
        try (Client client = Client.connect(graphql)) {
            client.subscribe("actors", Map.of("entity", List.of("Actor")));
            client.subscribe("sources", Map.of("entity", List.of("Source")));
            String name = Names.unique("Realm");
            String id = GraphQL.asEditor(ADD_ACTOR, Map.of("input", Map.of("name", name, "kind", "STATE")))
                    .body("errors", nullValue()).extract().path("data.addActor.id");
            JsonPath actor = client.next("actors", change -> change.getString("entityId").equals(id));
            assertEquals("Actor " + name + " created", actor.getString("summary"));
            assertEquals("CREATED", actor.getString("operation"));
            assertEquals("editor", actor.getString("by"));
            assertTrue(actor.getInt("revision") <= HistoryTest.revision());

            String title = Names.unique("Dispatch");
            GraphQL.asEditor(ADD_SOURCE, Map.of("input", Map.of("title", title, "text", "Nothing of note.")))
                    .body("errors", nullValue());
            JsonPath source = client.next("sources", change -> change.getString("summary").contains(title));
            assertEquals("Source", source.getString("entity"));
            assertTrue(client.received("sources").stream().noneMatch(change -> change.getString("entity")
                    .equals("Actor")), "the Source subscription gets no actor");
        }
    }

    @Test
    void aConnectionHoldsAtMostTheConfiguredNumberOfSubscriptions() throws Exception {
        try (Client client = Client.connect(graphql)) {
            for (int i = 1; i <= 10; i++) {
                client.subscribe("s" + i, Map.of());
            }
            client.subscribe("s11", Map.of());
            String refusal = client.errorOf("s11");
            assertTrue(refusal.contains("A connection may hold at most 10 subscriptions"), refusal);
        }
        try (Client other = Client.connect(graphql)) {
            other.subscribe("first", Map.of());
            String name = Names.unique("Realm");
            GraphQL.asEditor(ADD_ACTOR, Map.of("input", Map.of("name", name, "kind", "STATE")))
                    .body("errors", nullValue());
            other.next("first", change -> change.getString("summary").equals("Actor " + name + " created"));
        }
    }

    /** A graphql-transport-ws client on java.net.http's WebSocket. */
    static final class Client implements WebSocket.Listener, AutoCloseable {

        private final BlockingQueue<JsonPath> messages = new LinkedBlockingQueue<>();
        private final Map<String, List<JsonPath>> nexts = new ConcurrentHashMap<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static Client connect(URI graphql) throws Exception {
            Client client = new Client();
            URI uri = URI.create(graphql.toString().replaceFirst("^http", "ws"));
            client.socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                    .buildAsync(uri, client).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            client.send(Map.of("type", "connection_init"));
            client.await(message -> message.getString("type").equals("connection_ack"));
            return client;
        }

        void subscribe(String id, Map<String, Object> variables) {
            send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", SUBSCRIBE, "variables", variables)));
        }

        /** The next change of subscription {@code id} that matches, waiting for it. */
        JsonPath next(String id, Predicate<JsonPath> wanted) throws InterruptedException {
            JsonPath message = await(candidate -> id.equals(candidate.getString("id"))
                    && "next".equals(candidate.getString("type"))
                    && candidate.get("payload.data.changes") != null
                    && wanted.test(JsonPath.from(candidate.prettify()).setRootPath("payload.data.changes")));
            return JsonPath.from(message.prettify()).setRootPath("payload.data.changes");
        }

        /** The changes subscription {@code id} received so far. */
        List<JsonPath> received(String id) {
            return nexts.getOrDefault(id, List.of());
        }

        /** The first error message subscription {@code id} received. */
        String errorOf(String id) throws InterruptedException {
            JsonPath message = await(candidate -> id.equals(candidate.getString("id"))
                    && (candidate.get("payload.errors") != null || candidate.get("payload[0].message") != null));
            String error = message.getString("payload.errors[0].message");
            return error != null ? error : message.getString("payload[0].message");
        }

        private JsonPath await(Predicate<JsonPath> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            List<String> skipped = new ArrayList<>();
            while (System.nanoTime() < deadline) {
                JsonPath message = messages.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (message != null && wanted.test(message)) {
                    return message;
                }
                if (message != null && skipped.size() < 20) {
                    skipped.add(message.prettify());
                }
            }
            throw new AssertionError("no such message within " + WAIT.toSeconds() + " s; received " + skipped);
        }

        private void send(Map<String, Object> message) {
            socket.sendText(GraphQL.json(message), true).join();
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonPath message = JsonPath.from(partial.toString());
                partial.setLength(0);
                if ("next".equals(message.getString("type")) && message.get("payload.data.changes") != null) {
                    nexts.computeIfAbsent(message.getString("id"), key -> new CopyOnWriteArrayList<>())
                            .add(JsonPath.from(message.prettify()).setRootPath("payload.data.changes"));
                }
                messages.add(message);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        }
    }
}
