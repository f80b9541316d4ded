package org.multivector.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.multivector.support.TestDatabases;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every commit is durable, but for the span of a one-off command that asked for its commits to
 * be stored in the background: after it, every commit is durable again.
 */
@QuarkusTest
class DurableCommitsTest {

    @Inject
    DurableCommits durableCommits;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void onH2CommitsAreStoredInTheBackgroundOnlyWhileDeferred() throws SQLException {
        assumeFalse(TestDatabases.isPostgresql(), "H2's setting");
        assertEquals("0", h2WriteDelay(), "every commit stored as it commits, from the start");
        try (DurableCommits.Deferred flushes = durableCommits.deferFlushes()) {
            assertEquals("500", h2WriteDelay(), "stored by H2's background threads");
            flushes.flush();
        }
        assertEquals("0", h2WriteDelay(), "every commit durable again");
    }

    @Test
    void onPostgresqlNothingChanges() throws SQLException {
        assumeTrue(TestDatabases.isPostgresql(), "PostgreSQL's setting");
        try (DurableCommits.Deferred flushes = durableCommits.deferFlushes()) {
            flushes.flush();
            assertEquals(List.of("on"), settings("show synchronous_commit"));
        }
        assertEquals(List.of("on"), settings("show synchronous_commit"));
    }

    /**
     * The database's write delay: H2 lists it first, then its settings map, which holds a
     * WRITE_DELAY of its own (the URL's or the default).
     */
    private String h2WriteDelay() throws SQLException {
        return settings("select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")
                .get(0);
    }

    private List<String> settings(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
