package org.multivector.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.multivector.common.Text;

/** What another instance on the same database writes, without this one's Hibernate knowing. */
public final class OtherInstance {

    private OtherInstance() {
    }

    /** Renames the actor's own row (its names' rows apart). */
    public static void renameActorRow(DataSource dataSource, String id, String name) throws SQLException {
        execute(dataSource, "update actor set name = ?, name_key = ? where id = ?", name, Text.nameKey(name),
                Long.valueOf(id));
    }

    /** Renames the actor's canonical name in the names' index. */
    public static void renameCanonicalName(DataSource dataSource, String id, String name) throws SQLException {
        execute(dataSource, "update actor_name set name = ?, name_key = ? where actor_id = ? and canonical", name,
                Text.nameKey(name), Long.valueOf(id));
    }

    /** Names the write in the change log, as the other instance's commit does: followers then read it. */
    public static void logActorChange(DataSource dataSource, String id) throws SQLException {
        execute(dataSource, "insert into change_log (entity, first_id, last_id) values ('Actor', ?, ?)",
                Long.valueOf(id), Long.valueOf(id));
    }

    private static void execute(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
