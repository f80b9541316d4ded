package org.multivector.history;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;
import org.multivector.support.Names;
import org.multivector.support.TestDatabases;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A past read costs in proportion to the changes since its revision: one that would read more than
 * {@code multivector.history.as-of-max-changes} of them is refused with an error that says so.
 */
@QuarkusTest
@TestProfile(AsOfLimitTest.FewChanges.class)
class AsOfLimitTest {

    /** At most three changes of one type after a past read's revision. */
    public static class FewChanges implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put("quarkus.datasource.jdbc.url", TestDatabases.url("as-of-limit"));
            config.put("multivector.history.as-of-max-changes", "3");
            return config;
        }
    }

    static final String ACTOR = "query Past($asOf: Int) { actor(name: \"Kazakhstan\", asOf: $asOf) { name } }";

    @Test
    void aReadFurtherBackThanTheLimitIsRefusedAndACloserOneIsServed() {
        int before = HistoryTest.revision();
        for (int i = 0; i < 4; i++) {
            GraphQL.asEditor(HistoryTest.ADD_ACTOR, Map.of("input", Map.of("name", Names.unique("Realm"),
                    "kind", "STATE"))).body("errors", nullValue());
        }
        GraphQL.query(ACTOR, Map.of("asOf", before))
                .body("data.actor", nullValue())
                .body("errors[0].message", equalTo("Argument 'asOf': revision " + before + " is too far back to read"
                        + " Actor records: more than 3 of their changes came after it"
                        + " (multivector.history.as-of-max-changes)"));
        GraphQL.query(ACTOR, Map.of("asOf", before + 1))
                .body("errors", nullValue())
                .body("data.actor.name", equalTo("Kazakhstan"));
        // the limit is per type: no membership changed since
        GraphQL.query("query Past($asOf: Int) { memberships(asOf: $asOf) { totalCount } }", Map.of("asOf", before))
                .body("errors", nullValue())
                .body("data.memberships.totalCount", equalTo(GraphQL.query("{ memberships { totalCount } }").extract()
                        .path("data.memberships.totalCount")));
        GraphQL.query(ACTOR, Map.of("asOf", before)).body("errors[0].message", containsString("as-of-max-changes"));
    }
}
