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

    @Inject
    AgroalDataSource dataSource;

    void onStart(@Observes @Priority(1) StartupEvent event) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET WRITE_DELAY 0");
                }
            }
        }
    }
}
