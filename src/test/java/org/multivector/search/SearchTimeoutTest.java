package org.multivector.search;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;
import org.multivector.support.TestDatabases;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A search the index cannot serve in time is stopped with a clear error, never left to run. */
@QuarkusTest
@TestProfile(SearchTimeoutTest.NoTimeToSearch.class)
class SearchTimeoutTest {

    /** A time bound every search exceeds, so that the stop is seen on a seed-sized index. */
    public static class NoTimeToSearch implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("multivector.search.timeout", "0ms",
                    "quarkus.datasource.jdbc.url", TestDatabases.url("search_timeout"));
        }
    }

    @Test
    void aSearchOverItsTimeIsStoppedWithAClearError() {
        GraphQL.query(SearchTest.SEARCH, Map.of("text", "kazakhstan"))
                .body("data", nullValue())
                .body("errors[0].message", equalTo("The search took longer than 0 ms and was stopped: search for fewer"
                        + " or longer words"))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        GraphQL.query("{ searchResults(text: \"russia\") { totalCount } }")
                .body("errors[0].message", equalTo("The search took longer than 0 ms and was stopped: search for fewer"
                        + " or longer words"));
    }
}
