import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What loading the rows of an import costs H2 alone: every row a bulk import wrote is copied,
 * table by table in key order, from its database into a fresh one with the same schema, over
 * plain JDBC (batches of 50, ROWS rows per transaction): no Hibernate, no checks, no mentions to
 * find, no search index. {@code nohistory} leaves out the revisions and the change log;
 * {@code identity} lets H2 number their rows, as the import does. {@code chunks} writes them as
 * the import does: ROWS records of one table per transaction with their names, participants,
 * quotes and revision rows, then the mentions in actor order, 100,000 per transaction (or
 * {@code -DmentionsPerTransaction}).
 *
 * <pre>
 * java -cp ~/.m2/repository/com/h2database/h2/2.5.252/h2-2.5.252.jar bench/import-floor/H2Floor.java \
 *   "jdbc:h2:file:IMPORTED/multivector;ACCESS_MODE_DATA=r;LAZY_QUERY_EXECUTION=TRUE" \
 *   "jdbc:h2:file:/tmp/floor/db" 1000 history|nohistory|identity|chunks
 * </pre>
 */
public class H2Floor {

    static final List<String> FACTS = List.of("source", "actor", "actor_name", "event", "event_participant",
            "membership", "punitive_measure", "relation", "evidence");
    static final List<String> HISTORY = List.of("revision", "revision_change", "change_log");
    static final List<String> NUMBERED_BY_H2 = List.of("revision_change", "change_log");

    public static void main(String[] args) throws Exception {
        int rowsPerTransaction = Integer.parseInt(args[2]);
        String mode = args[3];
        if (!List.of("history", "nohistory", "identity", "chunks").contains(mode)) {
            throw new IllegalArgumentException("mode '" + mode + "': one of history, nohistory, identity, chunks");
        }
        List<String> tables = new ArrayList<>(FACTS);
        if (!mode.equals("nohistory")) {
            tables.addAll(HISTORY);
        }
        try (Connection from = DriverManager.getConnection(args[0]);
                Connection to = DriverManager.getConnection(args[1])) {
            String schema = System.getProperty("java.io.tmpdir") + "/h2floor-schema.sql";
            try (Statement script = from.createStatement()) {
                script.execute("script nodata to '" + schema + "'");
            }
            try (Statement run = to.createStatement()) {
                run.execute("runscript from '" + schema + "'");
            }
            to.setAutoCommit(false);
            long started = System.nanoTime();
            long rows = 0;
            if (mode.equals("chunks")) {
                // the revisions first: their rows name them
                rows = copy(from, to, "revision", rowsPerTransaction, false) + copyInChunks(from, to, rowsPerTransaction);
                tables = List.of("change_log");
            }
            for (String table : tables) {
                long tableStarted = System.nanoTime();
                long copied = copy(from, to, table, rowsPerTransaction,
                        !mode.equals("history") && NUMBERED_BY_H2.contains(table));
                rows += copied;
                System.out.printf("%-18s %9d rows %7.1f s%n", table, copied, (System.nanoTime() - tableStarted) / 1e9);
            }
            System.out.printf("total %d rows in %.1f s%n", rows, (System.nanoTime() - started) / 1e9);
        }
    }

    /** A record table, the entity its revision rows name, and the tables written with each of its records. */
    private record Owner(String table, String entity, List<String> children) {
    }

    private static final List<Owner> OWNERS = List.of(
            new Owner("source", "Source", List.of()),
            new Owner("actor", "Actor", List.of("actor_name where actor_id")),
            new Owner("event", "Event", List.of("event_participant where event_id", "evidence where event_id")),
            new Owner("membership", "Membership", List.of("evidence where membership_id")),
            new Owner("punitive_measure", "PunitiveMeasure", List.of("evidence where measure_id")),
            new Owner("relation", "Relation", List.of("evidence where relation_id")));

    private static long copyInChunks(Connection from, Connection to, int recordsPerTransaction) throws Exception {
        long copied = 0;
        for (Owner owner : OWNERS) {
            long tableStarted = System.nanoTime();
            long after = 0;
            while (true) {
                long first;
                long last;
                try (PreparedStatement range = from.prepareStatement("select min(id), max(id) from (select id from "
                        + owner.table() + " where id > ? order by id limit ?)")) {
                    range.setLong(1, after);
                    range.setInt(2, recordsPerTransaction);
                    try (ResultSet bounds = range.executeQuery()) {
                        bounds.next();
                        first = bounds.getLong(1);
                        if (bounds.wasNull()) {
                            break;
                        }
                        last = bounds.getLong(2);
                    }
                }
                copied += copyWhere(from, to, owner.table() + " where id", first, last, false, 0);
                for (String child : owner.children()) {
                    copied += copyWhere(from, to, child, first, last, false, 0);
                }
                copied += copyWhere(from, to, "revision_change where entity = '" + owner.entity() + "' and entity_id",
                        first, last, true, 0);
                to.commit();
                after = last;
            }
            System.out.printf("%-18s with its rows %7.1f s%n", owner.table(), (System.nanoTime() - tableStarted) / 1e9);
        }
        long mentionsStarted = System.nanoTime();
        try (Statement select = from.createStatement()) {
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery(
                    "select * from evidence where mentioned_actor_id is not null order by mentioned_actor_id, id")) {
                copied += insertAll(rows, to, "evidence", false, Integer.getInteger("mentionsPerTransaction", 100_000));
            }
        }
        System.out.printf("%-18s %7.1f s%n", "mentions", (System.nanoTime() - mentionsStarted) / 1e9);
        return copied;
    }

    private static long copyWhere(Connection from, Connection to, String tableWhere, long first, long last,
            boolean keyByH2, int rowsPerTransaction) throws Exception {
        try (PreparedStatement select = from.prepareStatement("select * from " + tableWhere + " between ? and ?")) {
            select.setLong(1, first);
            select.setLong(2, last);
            try (ResultSet rows = select.executeQuery()) {
                return insertAll(rows, to, tableWhere.substring(0, tableWhere.indexOf(' ')), keyByH2, rowsPerTransaction);
            }
        }
    }

    private static long copy(Connection from, Connection to, String table, int rowsPerTransaction, boolean keyByH2)
            throws Exception {
        try (Statement select = from.createStatement()) {
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery("select * from " + table + " order by 1")) {
                return insertAll(rows, to, table, keyByH2, rowsPerTransaction);
            }
        }
    }

    /** Inserts the rows, committing every {@code rowsPerTransaction} of them and at the end (0: never). */
    private static long insertAll(ResultSet rows, Connection to, String table, boolean keyByH2, int rowsPerTransaction)
            throws Exception {
        ResultSetMetaData meta = rows.getMetaData();
        int first = keyByH2 ? 2 : 1;
        List<String> columns = new ArrayList<>();
        for (int c = first; c <= meta.getColumnCount(); c++) {
            columns.add(meta.getColumnName(c));
        }
        String insertSql = "insert into " + table + " (" + String.join(",", columns) + ") values ("
                + "?,".repeat(columns.size() - 1) + "?)";
        long copied = 0;
        try (PreparedStatement insert = to.prepareStatement(insertSql)) {
            while (rows.next()) {
                for (int c = first; c <= meta.getColumnCount(); c++) {
                    insert.setObject(c - first + 1, rows.getObject(c));
                }
                insert.addBatch();
                copied++;
                if (copied % 50 == 0) {
                    insert.executeBatch();
                }
                if (rowsPerTransaction > 0 && copied % rowsPerTransaction == 0) {
                    insert.executeBatch();
                    to.commit();
                }
            }
            insert.executeBatch();
            if (rowsPerTransaction > 0) {
                to.commit();
            }
        }
        return copied;
    }
}
