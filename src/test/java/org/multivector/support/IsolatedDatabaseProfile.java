package org.multivector.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A database of its own, without the seed, for tests that import data: what they write never
 * shows in the counts that the seeded suites assert.
 */
public class IsolatedDatabaseProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", TestDatabases.url("isolated"),
                "multivector.seed.enabled", "false");
    }
}
