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

    void onStart(@Observes @Priority(1) StartupEvent event) {
        onH2("SET WRITE_DELAY 0");
    }

    /**
     * For a one-off command that acknowledges nothing until it reports (the bulk import): until
     * the returned scope closes, H2 stores commits from its own background threads, as by
     * default, instead of the committing thread storing every one itself (measured on tier M's
     * import in bench/RESULTS.md). A crash meanwhile loses at most the transactions of the last
     * half second, whole: H2 reopens at the last commit it stored, and none of them was reported.
     * {@link Deferred#flush()} stores what is committed before a report says so; closing makes
     * every commit durable again. Nothing changes on PostgreSQL.
     */
    public Deferred deferFlushes() {
        onH2("SET WRITE_DELAY " + H2_DEFAULT_WRITE_DELAY_MS);
        return new Deferred();
    }

    /** Commits stored in the background, until {@link #close()}. */
    public final class Deferred implements AutoCloseable {

        private Deferred() {
        }

        /** Stores everything committed so far, now. */
        public void flush() {
            onH2("CHECKPOINT");
        }

        @Override
        public void close() {
            onH2("SET WRITE_DELAY 0");
            flush();
        }
    }

    private void onH2(String sql) {
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
