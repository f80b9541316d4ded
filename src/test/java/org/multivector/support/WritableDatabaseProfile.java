package org.multivector.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A seeded database of its own for tests that write: their writes never show in the counts that
 * the read-only suites assert. Tests in it name what they write uniquely, so none depends on
 * another's writes or order.
 */
public class WritableDatabaseProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", TestDatabases.url("writable"));
    }
}
