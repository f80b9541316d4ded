package org.multivector.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A follower's place in the {@link ChangeLog}: the rows it has not seen yet. Rows take their
 * numbers when they are written, not when they commit, so a slower transaction of another
 * instance can commit a row numbered below one already read: the cursor looks back
 * {@link #LOOKBACK} rows each time and hands out only those it has not handed out before.
 * Not thread-safe but for {@link #markSeen}: its follower reads it one thread at a time, under a lock.
 */
public final class ChangeLogCursor {

    /** How far back a read looks for rows that other instances' slower transactions committed late. */
    public static final int LOOKBACK = 1_000;

    /** Rows handed out, or marked seen, lately: skipped when read again. */
    private final Set<Long> seen = ConcurrentHashMap.newKeySet();
    private long sequence;
    /** Rows up to here are reflected wholly (a rebuild's start): never looked back at. */
    private long floor;

    public ChangeLogCursor(long upTo) {
        moveTo(upTo);
    }

    /**
     * A cursor after row {@code upTo} that also looks back below it: for a follower that starts
     * with nothing applied, so that rows other instances commit late below its start still reach it.
     */
    public static ChangeLogCursor lookingBackFrom(long upTo) {
        ChangeLogCursor cursor = new ChangeLogCursor(upTo);
        cursor.floor = 0;
        return cursor;
    }

    /** Forgets what was seen: every row up to {@code upTo} counts as seen, none after it. */
    public void moveTo(long upTo) {
        seen.clear();
        sequence = upTo;
        floor = upTo;
    }

    /** Rows applied by other means (this instance's own commits): a later read skips them. */
    public void markSeen(Collection<Long> sequences) {
        seen.addAll(sequences);
    }

    /** The newest row read so far. */
    public long sequence() {
        return sequence;
    }

    /** The rows not seen yet, oldest first. */
    public List<ChangeLog.Row> unseen(Connection connection) throws SQLException {
        return unseen(connection, ChangeLog.countAfter(connection, sequence));
    }

    /** The rows not seen yet, oldest first, given how many rows follow {@link #sequence()} (counted by the caller). */
    public List<ChangeLog.Row> unseen(Connection connection, long behind) throws SQLException {
        List<ChangeLog.Row> rows = ChangeLog.rowsAfter(connection, Math.max(floor, sequence - LOOKBACK),
                Math.toIntExact(LOOKBACK + behind));
        List<ChangeLog.Row> unseen = new ArrayList<>();
        for (ChangeLog.Row row : rows) {
            if (seen.add(row.sequence())) {
                unseen.add(row);
            }
            sequence = Math.max(sequence, row.sequence());
        }
        seen.removeIf(number -> number <= sequence - LOOKBACK);
        return unseen;
    }
}
