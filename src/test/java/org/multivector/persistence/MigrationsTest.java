package org.multivector.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The schema's checks hold in every session. H2 2.4.240 evaluated a {@code check (x in (...))}
 * with the session that created it: once the pool closed the connection that ran the migrations,
 * every insert into the table failed with "Check constraint invalid" (a fresh service refused new
 * actors after its idle connections were removed). This failed on 2.4.240 and passes on the H2
 * the pom pins; the check itself must still refuse a value outside its list.
 */
class MigrationsTest {

    @Test
    void checksHoldAfterTheConnectionThatCreatedThemIsClosed() throws SQLException {
        String url = "jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection keepsTheDatabaseOpen = DriverManager.getConnection(url)) {
            // Flyway migrates over a connection of its own and closes it
            Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").load().migrate();
            try (Connection later = DriverManager.getConnection(url); Statement statement = later.createStatement()) {
                assertEquals(1, statement.executeUpdate(
                        "insert into actor (id, name, name_key, kind) values (1, 'Ruritania', 'ruritania', 'STATE')"));
                SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(
                        "insert into actor (id, name, name_key, kind) values (2, 'Atlantis', 'atlantis', 'ISLAND')"));
                assertEquals("23513", refused.getSQLState(), "a value outside the list breaks the check: "
                        + refused.getMessage());
            }
        }
    }
}
