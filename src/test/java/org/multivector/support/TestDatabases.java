package org.multivector.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

    /** The PostgreSQL databases this JVM has created: each is made afresh once per JVM. */
    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    /**
     * The URL of the database {@code name}. With PostgreSQL it is created empty on its first use in
     * this JVM, dropped first where an earlier run (another surefire execution, an earlier build on
     * the same server) left one, so that a suite never finds another's rows.
     */
    public static String url(String name) {
        if (!isPostgresql()) {
            return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        }
        String database = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (CREATED.add(database)) {
            try (Connection admin = DriverManager.getConnection(SERVER + "postgres" + CREDENTIALS);
                    Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists " + database + " with (force)");
                statement.execute("create database " + database);
            } catch (SQLException e) {
                CREATED.remove(database);
                throw new IllegalStateException("cannot create the test database " + database + " on " + SERVER, e);
            }
        }
        return SERVER + database + CREDENTIALS;
    }
}
