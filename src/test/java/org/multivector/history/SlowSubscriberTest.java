package org.multivector.history;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;
import org.multivector.support.Names;
import org.multivector.support.TestDatabases;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;

/**
 * A subscriber that reads nothing never holds up writers: once more changes wait for it than the
 * buffer holds, its subscription is completed, and it resyncs from the revision before the last one
 * it received.
 */
@QuarkusTest
@TestProfile(SlowSubscriberTest.SmallBuffer.class)
class SlowSubscriberTest {

    /** A buffer of two changes. */
    public static class SmallBuffer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put("quarkus.datasource.jdbc.url", TestDatabases.url("slow-subscriber"));
            config.put("multivector.subscriptions.buffer", "2");
            return config;
        }
    }

    @Inject
    ChangeFeed feed;

    @Test
    void aSubscriberTooFarBehindIsCompletedWhileWritesGoOn() {
        AssertSubscriber<Change> slow = feed.subscribe(null, null).subscribe().withSubscriber(AssertSubscriber.create(1));
        for (int i = 0; i < 4; i++) {
            GraphQL.asEditor(HistoryTest.ADD_ACTOR, Map.of("input", Map.of("name", Names.unique("Realm"),
                    "kind", "STATE"))).body("errors", nullValue());
        }
        slow.awaitCompletion(Duration.ofSeconds(15));
        assertEquals(1, slow.getItems().size(), "the one change it asked for, then the completion");
        assertEquals(slow.getItems().get(0).revision - 1, ChangeFeed.resyncFrom(0, slow.getItems().get(0).revision));
    }
}
