package org.multivector.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The tables {@code revision} and {@code revision_change}: each committed write as a revision and
 * the records it changed, with their states. Written on the transaction's own connection, so that
 * a revision commits with its write or not at all.
 */
public final class RevisionLog {

    private RevisionLog() {
    }

    /**
     * Writes a revision for these changes and returns its number. A created or updated record's
     * state is {@code states}' description of it (a record the transaction left no trace of is
     * skipped); a deleted record's state is the one its latest revision recorded.
     */
    static long write(Connection connection, String author, Map<EntityKey, ChangeOperation> changes,
            Map<EntityKey, RecordStates.State> states) throws SQLException {
        long number = nextNumber(connection);
        try (PreparedStatement revision = connection.prepareStatement(
                "insert into revision (number, written_at, author) values (?, ?, ?)")) {
            revision.setLong(1, number);
            revision.setTimestamp(2, Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC)));
            revision.setString(3, author);
            revision.executeUpdate();
        }
        try (PreparedStatement written = connection.prepareStatement("insert into revision_change"
                + " (revision, entity, entity_id, operation, label, state) values (?, ?, ?, ?, ?, ?)");
                PreparedStatement deleted = connection.prepareStatement("insert into revision_change"
                        + " (revision, entity, entity_id, operation, label, state)"
                        + " select ?, ?, ?, 'DELETED', coalesce(max(label), ?), max(state) from revision_change"
                        + " where id = (select max(id) from revision_change where entity = ? and entity_id = ?)")) {
            boolean anyWritten = false;
            boolean anyDeleted = false;
            for (Map.Entry<EntityKey, ChangeOperation> change : changes.entrySet()) {
                EntityKey key = change.getKey();
                if (change.getValue() == ChangeOperation.DELETED) {
                    deleted.setLong(1, number);
                    deleted.setString(2, key.entity());
                    deleted.setLong(3, key.id());
                    deleted.setString(4, key.entity() + " " + key.id());
                    deleted.setString(5, key.entity());
                    deleted.setLong(6, key.id());
                    deleted.addBatch();
                    anyDeleted = true;
                    continue;
                }
                RecordStates.State state = states.get(key);
                if (state == null) {
                    continue;
                }
                written.setLong(1, number);
                written.setString(2, key.entity());
                written.setLong(3, key.id());
                written.setString(4, change.getValue().name());
                written.setString(5, state.label());
                written.setString(6, state.json());
                written.addBatch();
                anyWritten = true;
            }
            if (anyWritten) {
                written.executeBatch();
            }
            if (anyDeleted) {
                deleted.executeBatch();
            }
        }
        return number;
    }

    /** Takes the next number; the counter's row stays locked until the transaction ends. */
    private static long nextNumber(Connection connection) throws SQLException {
        try (PreparedStatement increment = connection.prepareStatement(
                "update revision_counter set latest = latest + 1 where id = 1")) {
            increment.executeUpdate();
        }
        return latest(connection);
    }

    /** Whether a revision after {@code after}, up to {@code upTo}, has another author than {@code author}. */
    public static boolean writtenByOthers(Connection connection, long after, long upTo, String author)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select 1 from revision where number > ? and number <= ? and author <> ?")) {
            select.setLong(1, after);
            select.setLong(2, upTo);
            select.setString(3, author);
            select.setMaxRows(1);
            try (ResultSet result = select.executeQuery()) {
                return result.next();
            }
        }
    }

    /** The latest committed revision's number as this connection sees it, 0 before the first. */
    public static long latest(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select latest from revision_counter where id = 1");
                ResultSet result = select.executeQuery()) {
            return result.next() ? result.getLong(1) : 0;
        }
    }
}
