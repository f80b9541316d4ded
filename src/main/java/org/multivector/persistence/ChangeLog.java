package org.multivector.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

/**
 * The table {@code change_log}: which records each committed write changed, one row per run of
 * consecutive ids of one entity, numbered in the order they were written. It commits with the
 * write it describes, so it is never ahead of the data nor behind it; whatever follows the data
 * (the search index of every instance) reads it to catch up, over plain JDBC: a follower's
 * polling is no statement of any request.
 */
public final class ChangeLog {

    /** A row: the records {@code entity} {@code firstId} to {@code lastId} changed. */
    public record Row(long sequence, String entity, long firstId, long lastId) {
    }

    private ChangeLog() {
    }

    /** A read of the change log on a connection. */
    @FunctionalInterface
    public interface Read<R> {
        R read(Connection connection) throws SQLException;
    }

    /** Runs {@code read} on a connection of its own, outside any transaction. */
    public static <R> R read(DataSource dataSource, Read<R> read) {
        try (Connection connection = dataSource.getConnection()) {
            return read.read(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the change log failed", e);
        }
    }

    /** Writes the rows for these keys on the transaction's connection; returns their sequence numbers. */
    static List<Long> write(Connection connection, Collection<EntityKey> keys) throws SQLException {
        List<Long> sequence = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into change_log (entity, first_id, last_id) values (?, ?, ?)", new String[] { "seq" })) {
            for (Row run : runs(keys)) {
                insert.setString(1, run.entity());
                insert.setLong(2, run.firstId());
                insert.setLong(3, run.lastId());
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet generated = insert.getGeneratedKeys()) {
                while (generated.next()) {
                    sequence.add(generated.getLong(1));
                }
            }
        }
        return sequence;
    }

    /** The keys as runs of consecutive ids per entity: a bulk import's thousands of rows become a few. */
    static List<Row> runs(Collection<EntityKey> keys) {
        Map<String, TreeSet<Long>> idsByEntity = new TreeMap<>();
        keys.forEach(key -> idsByEntity.computeIfAbsent(key.entity(), entity -> new TreeSet<>()).add(key.id()));
        List<Row> runs = new ArrayList<>();
        idsByEntity.forEach((entity, ids) -> {
            long first = ids.first();
            long last = first;
            for (long id : ids.tailSet(first, false)) {
                if (id != last + 1) {
                    runs.add(new Row(0, entity, first, last));
                    first = id;
                }
                last = id;
            }
            runs.add(new Row(0, entity, first, last));
        });
        return runs;
    }

    /** Rows after {@code afterSequence}, oldest first, at most {@code limit}. */
    public static List<Row> rowsAfter(Connection connection, long afterSequence, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select seq, entity, first_id, last_id from change_log where seq > ? order by seq")) {
            select.setLong(1, afterSequence);
            select.setMaxRows(limit);
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getString(2), result.getLong(3), result.getLong(4)));
                }
            }
            return rows;
        }
    }

    /** The newest row's number, 0 when there is none. */
    public static long latestSequence(Connection connection) throws SQLException {
        return single(connection, "select coalesce(max(seq), 0) from change_log", -1);
    }

    /** How many rows follow {@code afterSequence}. */
    public static long countAfter(Connection connection, long afterSequence) throws SQLException {
        return single(connection, "select count(*) from change_log where seq > ?", afterSequence);
    }

    private static long single(Connection connection, String sql, long parameter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (parameter >= 0) {
                select.setLong(1, parameter);
            }
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
