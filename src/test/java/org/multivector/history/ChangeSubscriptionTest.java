package org.multivector.history;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;
import org.multivector.support.Names;
import org.multivector.support.SubscriptionClient;
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

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void aSubscriberReceivesEachCommittedChangeOfTheTypesItAskedFor() throws Exception {
        try (SubscriptionClient client = SubscriptionClient.connect(graphql)) {
            client.subscribe("actors", SUBSCRIBE, Map.of("entity", List.of("Actor")));
            client.subscribe("sources", SUBSCRIBE, Map.of("entity", List.of("Source")));
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
        try (SubscriptionClient client = SubscriptionClient.connect(graphql)) {
            for (int i = 1; i <= 10; i++) {
                client.subscribe("s" + i, SUBSCRIBE, Map.of());
            }
            client.subscribe("s11", SUBSCRIBE, Map.of());
            String refusal = client.errorOf("s11");
            assertTrue(refusal.contains("A connection may hold at most 10 subscriptions"), refusal);
        }
        try (SubscriptionClient other = SubscriptionClient.connect(graphql)) {
            other.subscribe("first", SUBSCRIBE, Map.of());
            String name = Names.unique("Realm");
            GraphQL.asEditor(ADD_ACTOR, Map.of("input", Map.of("name", name, "kind", "STATE")))
                    .body("errors", nullValue());
            other.next("first", change -> change.getString("summary").equals("Actor " + name + " created"));
        }
    }
}
