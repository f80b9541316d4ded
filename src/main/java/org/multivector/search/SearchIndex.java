package org.multivector.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.multivector.config.MultivectorConfig;
import org.multivector.errors.InvalidArgumentException;
import org.multivector.persistence.ChangeLog;
import org.multivector.persistence.ChangeLogCursor;
import org.multivector.persistence.ChangesCommitted;
import org.multivector.persistence.EntityKey;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * The embedded Lucene index that search runs on, kept beside the H2 database file (in
 * {@code search-index} of its folder), at {@code multivector.search.index-path}, or, for a
 * database in memory, in memory.
 * <p>
 * It follows the database through the {@link ChangeLog}, which commits with every write: the
 * records a local transaction changed are re-read and re-indexed once it has committed, before
 * the next search (so a client reads its own writes) or on the follower thread, whichever comes
 * first; the follower also reads the change log every {@code sync-interval} for the writes of
 * other instances sharing a PostgreSQL database. A rolled-back write writes no change-log row and
 * fires nothing, so the index is never ahead of the data. The index's own commits record the last
 * change-log row they reflect: at start-up the index catches up from there, and one that is
 * missing, unreadable, of an older format or too far behind is rebuilt, with a log line.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);

    /** Bumped when what is indexed or how it is analysed changes: an index of another format is rebuilt. */
    static final String FORMAT = "3";
    private static final String FORMAT_KEY = "format";
    private static final String SEQUENCE_KEY = "sequence";
    private static final int BATCH = 1_000;

    @Inject
    MultivectorConfig config;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> databaseUrl;

    private final ReentrantLock writing = new ReentrantLock();
    /** Local commits not applied yet. */
    private final Queue<ChangesCommitted> pending = new ConcurrentLinkedQueue<>();
    /** The change-log rows applied (this instance's own, or read by the follower). */
    private final ChangeLogCursor logCursor = new ChangeLogCursor(0);
    private volatile boolean following;
    /** Local commits noted, and how many of them the searchable index reflects. */
    private final AtomicLong noted = new AtomicLong();
    private volatile long searchable;

    private volatile Directory directory;
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile String location;
    private boolean uncommitted;
    private ScheduledExecutorService follower;

    /** Before the observers of default priority (the seed loader): the seed's commits are then noted for the follower. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        if (config.search().followWrites()) {
            following = true;
            open();
            follower = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "search-index-follower");
                thread.setDaemon(true);
                return thread;
            });
            long interval = config.search().syncInterval().toMillis();
            follower.scheduleWithFixedDelay(this::followQuietly, interval, interval, TimeUnit.MILLISECONDS);
        }
    }

    /** Notes what a committed local transaction changed, for the next search or follower run. */
    void onCommitted(@Observes ChangesCommitted changes) {
        if (following) {
            pending.add(changes);
            noted.incrementAndGet();
        }
    }

    /** Runs {@code search} on an index that holds every local write committed so far. */
    <R> R search(SearchAction<R> search) {
        ensureOpen();
        long committed = noted.get();
        if (searchable < committed) {
            // Also waits for the follower thread while it applies them.
            writing.lock();
            try {
                applyPending();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                writing.unlock();
            }
        }
        IndexSearcher shared;
        try {
            shared = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
            // Lucene's query cache turns the clauses of ad-hoc word queries into bit sets of the whole
            // index, under a lock: measured on tier M it halved the throughput.
            searcher.setQueryCache(null);
            long timeout = config.search().timeout().toMillis();
            searcher.setTimeout(new QueryTimeoutImpl(timeout));
            R result = search.run(searcher);
            if (searcher.timedOut()) {
                throw new InvalidArgumentException("The search took longer than " + timeout + " ms and was stopped:"
                        + " search for fewer or longer words");
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                searchers.release(shared);
            } catch (IOException e) {
                LOG.warn("Releasing a search index reader failed", e);
            }
        }
    }

    /** A search on the index. */
    @FunctionalInterface
    interface SearchAction<R> {
        R run(IndexSearcher searcher) throws IOException;
    }

    /** Applies whatever the change log holds beyond the index: all of it, or a rebuild when that is quicker. */
    public void catchUp() {
        if (indexPath().isEmpty()) {
            LOG.info("The search index is kept in memory: each service builds its own at start-up");
            return;
        }
        followNow();
    }

    /**
     * Does now, on the calling thread, what the follower thread does on its next run (after a run of
     * it in progress): applies the local commits noted so far and the change-log rows of other writers.
     */
    public void followNow() {
        ensureOpen();
        follow();
    }

    /** Rebuilds the index from the database; returns how many records it holds. */
    public long rebuild() {
        ensureOpen();
        writing.lock();
        try {
            long started = System.nanoTime();
            pending.clear();
            long upTo = ChangeLog.read(dataSource, ChangeLog::latestSequence);
            writer.deleteAll();
            long records = 0;
            for (String type : SearchDocuments.TYPES) {
                long afterId = 0;
                while (true) {
                    long after = afterId;
                    List<Document> documents = new ArrayList<>();
                    List<Long> ids = QuarkusTransaction.requiringNew().call(() -> {
                        List<Long> batch = SearchDocuments.idsAfter(Panache.getEntityManager(), type, after, BATCH);
                        if (!batch.isEmpty()) {
                            // In id order, so that ties in score come out in id order after a rebuild.
                            new TreeMap<>(SearchDocuments.between(type, batch.get(0), batch.get(batch.size() - 1)))
                                    .values().forEach(documents::add);
                        }
                        return batch;
                    });
                    if (ids.isEmpty()) {
                        break;
                    }
                    writer.addDocuments(documents);
                    records += documents.size();
                    afterId = ids.get(ids.size() - 1);
                }
            }
            logCursor.moveTo(upTo);
            commit();
            searchers.maybeRefreshBlocking();
            LOG.infof("Search index at %s rebuilt: %d records in %.1f s", location, records,
                    (System.nanoTime() - started) / 1e9);
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writing.unlock();
        }
    }

    private void followQuietly() {
        try {
            follow();
        } catch (RuntimeException e) {
            LOG.warn("The search index could not catch up with the database; it tries again shortly", e);
        }
    }

    /** Applies local writes, then the change-log rows of other instances, then commits the index. */
    private void follow() {
        writing.lock();
        try {
            applyPending();
            long behind = ChangeLog.read(dataSource, connection -> ChangeLog.countAfter(connection, logCursor.sequence()));
            if (behind > config.search().catchUpLimit()) {
                LOG.infof("Search index at %s is %d changes behind the database: rebuilding it", location, behind);
                rebuild();
                return;
            }
            Set<EntityKey> keys = new HashSet<>();
            for (ChangeLog.Row row : ChangeLog.read(dataSource, connection -> logCursor.unseen(connection, behind))) {
                for (long id = row.firstId(); id <= row.lastId(); id++) {
                    keys.add(new EntityKey(row.entity(), id));
                }
            }
            apply(keys);
            if (uncommitted) {
                commit();
                searchers.maybeRefreshBlocking();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writing.unlock();
        }
    }

    /** Applies the local commits noted so far; only then are their change-log rows skipped by the follower. */
    private void applyPending() throws IOException {
        long upTo = noted.get();
        Set<EntityKey> keys = new HashSet<>();
        List<Long> rows = new ArrayList<>();
        for (ChangesCommitted changes = pending.poll(); changes != null; changes = pending.poll()) {
            keys.addAll(changes.keys());
            rows.addAll(changes.logSequence());
        }
        apply(keys);
        logCursor.markSeen(rows);
        searchable = upTo;
    }

    /** Re-reads the records and replaces their documents; a record gone from the database leaves the index. */
    private void apply(Collection<EntityKey> keys) throws IOException {
        if (keys.isEmpty()) {
            return;
        }
        // By type in the order of SearchDocuments.TYPES, then by id: ties in score come out in that order.
        Map<String, TreeSet<Long>> idsByType = new LinkedHashMap<>();
        SearchDocuments.TYPES.forEach(type -> idsByType.put(type, new TreeSet<>()));
        for (EntityKey key : keys) {
            if (SearchDocuments.TYPES.contains(key.entity())) {
                idsByType.get(key.entity()).add(key.id());
            }
        }
        for (Map.Entry<String, TreeSet<Long>> entry : idsByType.entrySet()) {
            List<Long> ids = new ArrayList<>(entry.getValue());
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
                Map<Long, Document> documents = QuarkusTransaction.requiringNew()
                        .call(() -> SearchDocuments.of(entry.getKey(), batch));
                for (long id : batch) {
                    Term key = new Term(SearchDocuments.KEY, SearchDocuments.key(entry.getKey(), id));
                    Document document = documents.get(id);
                    if (document == null) {
                        writer.deleteDocuments(key);
                    } else {
                        writer.updateDocument(key, document);
                    }
                }
            }
        }
        uncommitted = true;
        searchers.maybeRefreshBlocking();
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(
                Map.of(FORMAT_KEY, FORMAT, SEQUENCE_KEY, Long.toString(logCursor.sequence())).entrySet());
        writer.commit();
        uncommitted = false;
    }

    private void ensureOpen() {
        if (writer == null) {
            open();
        }
    }

    private synchronized void open() {
        if (writer != null) {
            return;
        }
        Optional<Path> path = indexPath();
        location = path.map(Path::toString).orElse("memory");
        try {
            directory = path.isPresent() ? FSDirectory.open(Files.createDirectories(path.get())) : new ByteBuffersDirectory();
            String problem = problemOf(directory);
            if (problem != null) {
                // Lucene reads even an index it is told to overwrite: what is there goes first.
                for (String file : directory.listAll()) {
                    directory.deleteFile(file);
                }
            }
            writer = openWriter(problem == null ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE);
            searchers = new SearcherManager(writer, null);
            if (problem != null) {
                if (path.isPresent()) {
                    LOG.infof("Search index at %s %s: rebuilding it from the database", location, problem);
                }
                rebuild();
            } else {
                String sequence = SegmentInfos.readLatestCommit(directory).getUserData().get(SEQUENCE_KEY);
                logCursor.moveTo(Long.parseLong(sequence));
                follow();
            }
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("The search index at " + location + " is in use by another process:"
                    + " give this one its own multivector.search.index-path", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The search index at " + location + " cannot be opened", e);
        }
    }

    /** Why the index in the directory cannot be used as it is, or null when it can. */
    private static String problemOf(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return "is missing";
            }
            Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
            if (!FORMAT.equals(data.get(FORMAT_KEY)) || data.get(SEQUENCE_KEY) == null) {
                return "is of another format";
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return null;
            }
        } catch (IOException | RuntimeException e) {
            return "is unreadable (" + e.getMessage() + ")";
        }
    }

    private IndexWriter openWriter(OpenMode mode) throws IOException {
        IndexWriterConfig settings = new IndexWriterConfig(SearchAnalyzer.INSTANCE).setOpenMode(mode);
        settings.setCommitOnClose(false);
        settings.setRAMBufferSizeMB(32);
        return new IndexWriter(directory, settings);
    }

    /** Configured, or beside the H2 database file, or none (in memory) for a database elsewhere. */
    private Optional<Path> indexPath() {
        Optional<String> configured = config.search().indexPath();
        if (configured.isPresent()) {
            return configured.filter(path -> !path.equals("memory")).map(Path::of);
        }
        String url = databaseUrl.orElse("");
        if (!url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:h2:tcp:")
                || url.startsWith("jdbc:h2:ssl:")) {
            return Optional.empty();
        }
        String file = url.substring("jdbc:h2:".length()).split(";", 2)[0];
        file = file.startsWith("file:") ? file.substring("file:".length()) : file;
        if (file.startsWith("~")) {
            file = System.getProperty("user.home") + file.substring(1);
        }
        Path parent = Path.of(file).toAbsolutePath().normalize().getParent();
        return Optional.of(parent.resolve("search-index"));
    }

    @PreDestroy
    void close() {
        if (follower != null) {
            follower.shutdownNow();
        }
        writing.lock();
        try {
            if (writer != null) {
                try {
                    applyPending();
                    commit();
                } catch (IOException | RuntimeException e) {
                    // Never record a change-log position the index does not reflect.
                    LOG.warn("The search index could not apply the last writes before closing; it catches up from"
                            + " the change log at the next start", e);
                    writer.rollback();
                    writer = null;
                    return;
                }
                searchers.close();
                writer.close();
                directory.close();
                writer = null;
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Closing the search index failed; it catches up from the change log at the next start", e);
        } finally {
            writing.unlock();
        }
    }
}
