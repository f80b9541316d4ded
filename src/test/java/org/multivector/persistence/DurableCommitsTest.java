package org.multivector.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.multivector.support.TestDatabases;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * On H2 every commit is stored by the committing thread, but while a one-off command defers:
 * then H2's background writer stores them, and when the command's scope closes the writer is
 * gone and what was committed is in the file.
 */
@QuarkusTest
@TestProfile(DurableCommitsTest.FileDatabase.class)
class DurableCommitsTest {

    /** H2 names its background writer after the file it stores: this test's own. */
    static final String FILE = Path.of("target", "durable-commits-test").toAbsolutePath().toString();

    /** A database in a file: an in-memory one has nothing to store and no writer. */
    public static class FileDatabase implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            if (TestDatabases.isPostgresql()) {
                return Map.of();
            }
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:file:" + FILE + "/db;DB_CLOSE_ON_EXIT=FALSE",
                    "multivector.seed.enabled", "false");
        }
    }

    @Inject
    DurableCommits durableCommits;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void onH2CommitsAreStoredInTheBackgroundOnlyWhileDeferred() throws SQLException {
        assumeFalse(TestDatabases.isPostgresql(), "H2's storing");
        assertFalse(backgroundWriterRuns(), "every commit stored as it commits, from the start");
        try (DurableCommits.Deferred flushes = durableCommits.deferFlushes()) {
            assertTrue(backgroundWriterRuns(), "stored by H2's background writer");
        }
        assertFalse(backgroundWriterRuns(), "the writer stopped: every commit durable again");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                // H2 lists the database's own write delay first, then its settings map's
                ResultSet delay = statement.executeQuery("select setting_value from information_schema.settings"
                        + " where setting_name = 'WRITE_DELAY'")) {
            assertTrue(delay.next());
            assertEquals("0", delay.getString(1), "the delay the next start finds in the file");
        }
    }

    private static boolean backgroundWriterRuns() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.isAlive() && thread.getName().startsWith("MVStore background writer")
                        && thread.getName().contains(FILE));
    }
}
