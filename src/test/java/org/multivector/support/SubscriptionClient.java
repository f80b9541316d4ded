package org.multivector.support;

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

import io.restassured.path.json.JsonPath;

/**
 * A graphql-transport-ws client on java.net.http's WebSocket, as a browser or a service
 * subscribes to {@code changes}.
 */
public final class SubscriptionClient implements WebSocket.Listener, AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final BlockingQueue<JsonPath> messages = new LinkedBlockingQueue<>();
    private final Map<String, List<JsonPath>> nexts = new ConcurrentHashMap<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    public static SubscriptionClient connect(URI graphql) throws Exception {
        SubscriptionClient client = new SubscriptionClient();
        URI uri = URI.create(graphql.toString().replaceFirst("^http", "ws"));
        client.socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(uri, client).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        client.send(Map.of("type", "connection_init"));
        client.await(message -> message.getString("type").equals("connection_ack"));
        return client;
    }

    /** Starts subscription {@code id}: a {@code changes} subscription document and its variables. */
    public void subscribe(String id, String document, Map<String, Object> variables) {
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", document, "variables", variables)));
    }

    /** The next change of subscription {@code id} that matches, waiting for it. */
    public JsonPath next(String id, Predicate<JsonPath> wanted) throws InterruptedException {
        JsonPath message = await(candidate -> id.equals(candidate.getString("id"))
                && "next".equals(candidate.getString("type"))
                && candidate.get("payload.data.changes") != null
                && wanted.test(JsonPath.from(candidate.prettify()).setRootPath("payload.data.changes")));
        return JsonPath.from(message.prettify()).setRootPath("payload.data.changes");
    }

    /** The changes subscription {@code id} received so far. */
    public List<JsonPath> received(String id) {
        return nexts.getOrDefault(id, List.of());
    }

    /** The first error message subscription {@code id} received. */
    public String errorOf(String id) throws InterruptedException {
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
