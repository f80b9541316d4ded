package org.multivector.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Databases of their own for tests that need them: in memory for the H2 build; on the test
 * server for the PostgreSQL build ({@code -Ddb=postgresql}), where the server's address comes
 * from the pom and the user {@code multivector} creates them.
 */
public final class TestDatabases {

    private static final String SERVER = System.getProperty("test-db-server", "h2");
    private static final String CREDENTIALS = "?user=multivector&password=multivector";

    private TestDatabases() {
    }

    public static boolean isPostgresql() {
        return SERVER.startsWith("jdbc:postgresql:");
    }

    /** The URL of the database {@code name}, created empty on first use with PostgreSQL. */
    public static String url(String name) {
        if (!isPostgresql()) {
            return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        }
        String database = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres" + CREDENTIALS);
                Statement statement = admin.createStatement()) {
            boolean exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")
                    .next();
            if (!exists) {
                statement.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + database + " on " + SERVER, e);
        }
        return SERVER + database + CREDENTIALS;
    }
}
