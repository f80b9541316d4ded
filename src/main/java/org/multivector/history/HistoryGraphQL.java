package org.multivector.history;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.jboss.logging.Logger;
import org.multivector.actor.Actor;
import org.multivector.config.MultivectorConfig;
import org.multivector.errors.InvalidArgumentException;
import org.multivector.event.Event;
import org.multivector.measure.PunitiveMeasure;
import org.multivector.membership.Membership;
import org.multivector.paging.PageRequest;
import org.multivector.persistence.Batch;
import org.multivector.persistence.KnowledgeEntity;
import org.multivector.relation.Relation;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.vertx.ext.web.RoutingContext;

@GraphQLApi
public class HistoryGraphQL {

    private static final Logger LOG = Logger.getLogger(HistoryGraphQL.class);

    static final String HISTORY = "Every change of this record, oldest first: who made it, when, and its state after it.";

    @Inject
    HistoryService history;

    @Inject
    MultivectorConfig config;

    @Inject
    ChangeFeed feed;

    @Inject
    CurrentVertxRequest currentRequest;

    private static volatile boolean connectionUnknownLogged;

    @Query("revision")
    @Description("The latest revision: every write (a mutation, the seed, each chunk of a bulk import) makes one."
            + " Read it, and later ask for `changes(sinceRevision:)` to learn what changed since.")
    public int revision() {
        return Math.toIntExact(history.latestRevision());
    }

    @Query("changes")
    @Description("Every change after a revision, deletions included, in revision order: what a copy needs to keep"
            + " in sync.")
    public @NonNull ChangeConnection changes(
            @Description("Only changes of later revisions; every change when left out.") Integer sinceRevision,
            @Description("Only changes of these types: Actor, Source, Membership, PunitiveMeasure, Relation, Event.")
            List<String> entity,
            @Description("Page size: 0 to the configured maximum (100 by default); 20 when omitted.") Integer first,
            @Description("Start after this cursor (an endCursor or edge cursor of this connection).") String after) {
        if (sinceRevision != null && sinceRevision < 0) {
            throw new InvalidArgumentException("Argument 'sinceRevision' must be 0 or more, got " + sinceRevision);
        }
        PageRequest page = PageRequest.of(first, after, ChangeConnection.NAME, config.paging());
        return history.changes(sinceRevision == null ? 0 : sinceRevision, entities(entity, "entity"), page);
    }

    @Subscription("changes")
    @Description("Every change from now on, as soon as it commits on any instance sharing the database, in revision"
            + " order (graphql-transport-ws at /graphql). A subscriber that falls more than"
            + " multivector.subscriptions.buffer changes behind is completed: it reads on with"
            + " `changes(sinceRevision:)` from the revision before the last one it received, and subscribes again.")
    public Multi<@NonNull Change> changesFeed(
            @Name("entity") @Description("Only changes of these types: Actor, Source, Membership, PunitiveMeasure,"
                    + " Relation, Event.") List<String> entity) {
        return feed.subscribe(entities(entity, "entity"), connection());
    }

    /** The WebSocket connection a subscription arrives on, which the per-connection limit counts by. */
    private Object connection() {
        RoutingContext current = currentRequest.getCurrent();
        if (current == null) {
            if (!connectionUnknownLogged) {
                connectionUnknownLogged = true;
                LOG.warn("A subscription's WebSocket connection is unknown: the per-connection limit"
                        + " (multivector.subscriptions.max-per-connection) does not apply to it");
            }
            return null;
        }
        return current.request().connection();
    }

    @Name("totalCount")
    @Description("How many changes match across all pages.")
    public @NonNull int totalCount(@Source ChangeConnection connection) {
        return Math.toIntExact(history.count(connection.filter()));
    }

    @Name("history")
    @Description(HISTORY)
    public List<@NonNull List<@NonNull Change>> actorHistory(@Source List<Actor> actors) {
        return historyOf("Actor", actors);
    }

    @Name("history")
    @Description(HISTORY)
    public List<@NonNull List<@NonNull Change>> sourceHistory(@Source List<org.multivector.source.Source> sources) {
        return historyOf("Source", sources);
    }

    @Name("history")
    @Description(HISTORY)
    public List<@NonNull List<@NonNull Change>> membershipHistory(@Source List<Membership> memberships) {
        return historyOf("Membership", memberships);
    }

    @Name("history")
    @Description(HISTORY)
    public List<@NonNull List<@NonNull Change>> measureHistory(@Source List<PunitiveMeasure> measures) {
        return historyOf("PunitiveMeasure", measures);
    }

    @Name("history")
    @Description(HISTORY)
    public List<@NonNull List<@NonNull Change>> relationHistory(@Source List<Relation> relations) {
        return historyOf("Relation", relations);
    }

    @Name("history")
    @Description(HISTORY)
    public List<@NonNull List<@NonNull Change>> eventHistory(@Source List<Event> events) {
        return historyOf("Event", events);
    }

    private List<List<Change>> historyOf(String entity, List<? extends KnowledgeEntity> records) {
        Map<Long, List<Change>> changes = history.historyOf(entity, Batch.ids(records));
        return records.stream().map(record -> {
            List<Change> all = changes.getOrDefault(record.id, List.of());
            Long asOf = record.pastRevision();
            // a record read as of a past revision has the history it had then
            return asOf == null ? all : all.stream().filter(change -> change.revision <= asOf).toList();
        }).toList();
    }

    /** The entity names of a filter argument, checked; null for all. */
    static Collection<String> entities(List<String> names, String argument) {
        if (names == null) {
            return null;
        }
        if (names.isEmpty()) {
            throw new InvalidArgumentException("Argument '" + argument + "' must name at least one type, or be left"
                    + " out for all");
        }
        for (String name : names) {
            if (!HistoryService.ENTITIES.contains(name)) {
                throw new InvalidArgumentException("Argument '" + argument + "' holds '" + name + "'; the types are"
                        + " Actor, Source, Membership, PunitiveMeasure, Relation and Event");
            }
        }
        return new LinkedHashSet<>(names);
    }
}
