package org.multivector.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * H2 flushes committed transactions to disk lazily by default, so a crash could lose a write
 * that was acknowledged. On H2 this makes every commit durable (a database-wide setting);
 * PostgreSQL is durable already.
 */
@ApplicationScoped
public class DurableCommits {

    /** H2's own default: its background threads store what was committed every half second. */
    private static final int H2_DEFAULT_WRITE_DELAY_MS = 500;

    @Inject
    AgroalDataSource dataSource;

    /** First of the start-up work: an import that crashed while deferring left H2's delay in the file. */
    void onStart(@Observes @Priority(0) StartupEvent event) {
        executeOnH2("SET WRITE_DELAY 0");
    }

    /**
     * For a one-off command that acknowledges nothing until it reports (the bulk import): until
     * the returned scope closes, H2 stores commits from its own background threads instead of
     * the committing thread storing each one (bench/RESULTS.md). Closing stops those threads,
     * waiting for them, and stores what they had not, before the command may report it. A crash
     * meanwhile loses the transactions H2 had not stored yet, each whole. Nothing changes on
     * PostgreSQL.
     */
    public Deferred deferFlushes() {
        executeOnH2("SET WRITE_DELAY " + H2_DEFAULT_WRITE_DELAY_MS);
        return new Deferred();
    }

    /** Commits stored in the background, until {@link #close()} makes every commit durable again. */
    public final class Deferred implements AutoCloseable {

        private Deferred() {
        }

        @Override
        public void close() {
            executeOnH2("SET WRITE_DELAY 0");
            executeOnH2("CHECKPOINT");
        }
    }

    private void executeOnH2(String sql) {
        try (Connection connection = dataSource.getConnection()) {
            if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("H2 refused '" + sql + "'", e);
        }
    }
}
