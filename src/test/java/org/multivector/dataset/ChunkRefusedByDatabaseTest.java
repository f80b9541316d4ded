package org.multivector.dataset;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.multivector.support.Datasets;
import org.multivector.support.GraphQL;
import org.multivector.support.TestDatabases;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A chunk the database refuses, though every entry keeps the rules, is tried once more; refused
 * again, the import stops there and its report names the chunk's entries by path, which places
 * them where a line cannot (a file written on one line), and writes none of them.
 */
@QuarkusTest
@TestProfile(ChunkRefusedByDatabaseTest.ShortLockWaits.class)
class ChunkRefusedByDatabaseTest {

    /** Chunks of two; a write waits half a second for a row another transaction holds, then fails. */
    public static class ShortLockWaits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", TestDatabases.url("chunk-refused"),
                    "quarkus.datasource.jdbc.new-connection-sql",
                    TestDatabases.isPostgresql() ? "set lock_timeout = 500" : "set lock_timeout 500",
                    "multivector.seed.enabled", "false",
                    "multivector.import.chunk-size", "2");
        }
    }

    @Inject
    BulkImporter importer;

    @Inject
    DataSource dataSource;

    @Test
    void aChunkTheDatabaseRefusesTwiceStopsTheImportAndNamesItsEntries() throws SQLException {
        ImportReport report;
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement hold = holder.createStatement()) {
                // every write takes its revision number from this row: while it is held, no chunk commits
                hold.executeUpdate("update revision_counter set latest = latest where id = 1");
            }
            try {
                report = importer.importFile(Datasets.yaml("""
                        actors:
                          - { name: Heldland, kind: STATE }
                          - { name: Waitania, kind: STATE }
                          - { name: Lockistan, kind: STATE }
                        """));
            } finally {
                holder.rollback();
            }
        }

        assertEquals(0, report.loaded(DatasetSection.ACTORS), report.describe());
        assertEquals(0, report.refused(), "no entry broke a rule: " + report.describe());
        assertFalse(report.complete());
        assertEquals("the database refused the entries actors[0] to actors[1] (lines 2 to 3), twice; the entries"
                + " before actors[0] are loaded, none from it on (the service log has the cause)",
                report.stop().orElseThrow(), report.describe());
        GraphQL.query("""
                query Written($first: String!, $third: String!) {
                  revision
                  first: actor(name: $first) { id }
                  third: actor(name: $third) { id }
                }
                """, Map.of("first", "Heldland", "third", "Lockistan"))
                .body("errors", nullValue())
                .body("data.revision", equalTo(0))
                .body("data.first", nullValue())
                .body("data.third", nullValue());
    }
}
