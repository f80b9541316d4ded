package org.multivector.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.multivector.config.MultivectorConfig;
import org.multivector.errors.InvalidArgumentException;
import org.multivector.persistence.ChangeOperation;
import org.multivector.persistence.ChangesCommitted;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.BackPressureFailure;

/**
 * The live change feed behind {@code subscription { changes }}. It reads the revision tables,
 * after each local commit at once and every poll interval for the writes of other instances on
 * the same database, and hands every change, in revision order, to every subscriber. Polling
 * rather than PostgreSQL's LISTEN/NOTIFY: it works on H2 and PostgreSQL alike, holds no
 * connection of its own, and reads the same rows as {@code changes}, so both always agree.
 * <p>
 * A slow subscriber never slows writers or other subscribers: up to
 * {@code multivector.subscriptions.buffer} changes wait for it; one more completes its
 * subscription (graphql-transport-ws {@code complete}). Its client then reads what it missed with
 * {@code changes(sinceRevision:)}, from the revision before the last one it received (every
 * earlier revision reached it whole), and subscribes again. A completion rather than an error,
 * because SmallRye GraphQL 2.17 sends nothing for the failure of a {@code Change!} stream.
 */
@ApplicationScoped
public class ChangeFeed {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);

    /** Changes read per statement while catching up. */
    private static final int READ = 500;

    @Inject
    HistoryService history;

    @Inject
    MultivectorConfig config;

    @Inject
    DataSource dataSource;

    private final BroadcastProcessor<Change> processor = BroadcastProcessor.create();
    private final ConcurrentHashMap<Object, AtomicInteger> subscriptionsByConnection = new ConcurrentHashMap<>();
    private final AtomicInteger subscribers = new AtomicInteger();
    private final AtomicLong lastChangeId = new AtomicLong(-1);
    /** The revision of the latest change handed out: a new subscriber receives the later ones. */
    private final AtomicLong lastRevision = new AtomicLong();
    private ScheduledExecutorService poller;

    void start(@Observes StartupEvent event) {
        lastChangeId.set(history.latestChangeId());
        lastRevision.set(history.latestRevision());
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "change-feed");
            thread.setDaemon(true);
            return thread;
        });
        long interval = config.subscriptions().pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
        }
        processor.onComplete();
    }

    /** A local write committed: its changes go out now rather than at the next poll. */
    void onCommitted(@Observes ChangesCommitted changes) {
        if (changes.revision() > 0 && poller != null) {
            poller.execute(this::poll);
        }
    }

    /** Hands out every change committed since the last poll, in revision order. */
    void poll() {
        try {
            if (subscribers.get() == 0) {
                // nobody to hand them to: skip reading them, and a bulk import's states with them
                skipToLatest();
                return;
            }
            List<Change> changes;
            do {
                changes = readAfter(lastChangeId.get());
                for (Change change : changes) {
                    processor.onNext(change);
                    lastChangeId.set(change.position);
                    lastRevision.set(change.revision);
                }
            } while (changes.size() == READ);
        } catch (RuntimeException e) {
            LOG.warn("The change feed could not read the latest revisions; it tries again at the next poll", e);
        }
    }

    private void skipToLatest() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select c.id, c.revision from revision_change c"
                        + " where c.id = (select max(id) from revision_change)");
                ResultSet latest = select.executeQuery()) {
            if (latest.next()) {
                lastChangeId.set(latest.getLong(1));
                lastRevision.set(latest.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the latest change failed", e);
        }
    }

    /**
     * The changes after the change {@code afterId}, over plain JDBC: the feed's polling is no
     * statement of any request (the statement-count tests count Hibernate's).
     */
    private List<Change> readAfter(long afterId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select c.id, c.revision, c.entity,"
                        + " c.entity_id, c.operation, c.label, c.state, r.written_at, r.author from revision_change c"
                        + " join revision r on r.number = c.revision where c.id > ? order by c.id")) {
            select.setLong(1, afterId);
            select.setMaxRows(READ);
            List<Change> changes = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ChangeRecord record = new ChangeRecord();
                    record.id = rows.getLong(1);
                    record.revision = rows.getLong(2);
                    record.entity = rows.getString(3);
                    record.entityId = rows.getLong(4);
                    record.operation = ChangeOperation.valueOf(rows.getString(5));
                    record.label = rows.getString(6);
                    record.state = rows.getString(7);
                    Revision revision = new Revision();
                    revision.number = record.revision;
                    revision.writtenAt = rows.getTimestamp(8).toLocalDateTime();
                    revision.author = rows.getString(9);
                    changes.add(new Change(record, revision));
                }
            }
            return changes;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the latest changes failed", e);
        }
    }

    /**
     * The changes committed from now on, of these entities (null: all), for a subscriber on
     * {@code connection} (null when unknown: not counted against the per-connection limit).
     */
    public Multi<Change> subscribe(Collection<String> entities, Object connection) {
        int limit = config.subscriptions().maxPerConnection();
        AtomicInteger held = connection == null ? null
                : subscriptionsByConnection.computeIfAbsent(connection, key -> new AtomicInteger());
        if (held != null && held.incrementAndGet() > limit) {
            release(connection, held);
            // thrown, not failed: SmallRye sends an error for a throw, but drops a Change! stream's failure
            throw new InvalidArgumentException("A connection may hold at most " + limit + " subscriptions at once:"
                    + " complete one before starting another");
        }
        int buffer = config.subscriptions().buffer();
        // subscribed on an event-loop thread: no statement here
        long subscribedAt = lastRevision.get();
        AtomicLong lastDelivered = new AtomicLong();
        subscribers.incrementAndGet();
        return processor
                .select().where(change -> entities == null || entities.contains(change.entity))
                .onOverflow().buffer(buffer)
                .onItem().invoke(change -> lastDelivered.set(change.revision))
                .onFailure(BackPressureFailure.class).invoke(failure -> LOG.infof("A subscriber fell more than %d"
                        + " changes behind: its subscription is completed, and it resyncs with changes(sinceRevision:"
                        + " %d)", buffer, resyncFrom(subscribedAt, lastDelivered.get())))
                .onFailure(BackPressureFailure.class).recoverWithCompletion()
                .onTermination().invoke(() -> {
                    subscribers.decrementAndGet();
                    if (held != null) {
                        release(connection, held);
                    }
                });
    }

    /** Every revision up to this one reached the subscriber whole; the last one it saw may have been cut. */
    static long resyncFrom(long subscribedAt, long lastDeliveredRevision) {
        return Math.max(subscribedAt, lastDeliveredRevision - 1);
    }

    private void release(Object connection, AtomicInteger held) {
        if (held.decrementAndGet() <= 0) {
            subscriptionsByConnection.remove(connection, held);
        }
    }
}
