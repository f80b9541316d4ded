package org.multivector.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A seeded database of its own for the export tests, which empty it and import their export into it. */
public class ExportDatabaseProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", TestDatabases.url("export"));
    }
}
