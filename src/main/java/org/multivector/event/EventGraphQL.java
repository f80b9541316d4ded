package org.multivector.event;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.multivector.actor.Actor;
import org.multivector.actor.ActorService;
import org.multivector.config.MultivectorConfig;
import org.multivector.engine.Reference;
import org.multivector.evidence.Certainty;
import org.multivector.evidence.Evidence;
import org.multivector.evidence.EvidenceService;
import org.multivector.evidence.StatedFact;
import org.multivector.paging.PageRequest;
import org.multivector.persistence.PastRecords;

@GraphQLApi
public class EventGraphQL {

    @Inject
    EvidenceService evidence;

    @Inject
    EventService events;

    @Inject
    ActorService actors;

    @Inject
    PastRecords past;

    @Inject
    MultivectorConfig config;

    @Query("events")
    @Description("Events: summits, decisions, measures, wars, dissolutions.")
    public @NonNull EventConnection events(
            @Description(Certainty.FILTER) List<Certainty> certainty,
            @Description("Page size: 0 to the configured maximum (100 by default); 20 when omitted.") Integer first,
            @Description("Start after this cursor (an endCursor or edge cursor of this connection).") String after,
            @Description(PastRecords.AS_OF) Integer asOf) {
        PageRequest page = PageRequest.of(first, after, EventConnection.NAME, config.paging());
        return events.list(Certainty.filter(certainty, "certainty"), page, past.revision(asOf));
    }

    @Name("place")
    @Description("Where it happened, where the source says.")
    @Reference(idField = "placeId")
    public List<Actor> place(@Source List<Event> parents) {
        return past.lookup(parents, event -> event.placeId, Actor.class, actors::findByIds);
    }

    @Name("participants")
    @Description("The actors that took part or were affected.")
    public List<@NonNull List<@NonNull Actor>> participants(@Source List<Event> parents) {
        Map<Event, List<Long>> participantIds = events.participantIdsOf(parents);
        return past.lookupAll(parents, participantIds::get, Actor.class, actors::findByIds);
    }

    @Name("totalCount")
    @Description("How many rows match the filter across all pages.")
    public @NonNull int totalCount(@Source EventConnection connection) {
        return Math.toIntExact(events.count(connection.filter()));
    }

    @Name("evidence")
    @Description("The passages of sources that state this event: at least one.")
    public List<@NonNull List<@NonNull Evidence>> evidence(@Source List<Event> parents) {
        return evidence.stating(StatedFact.EVENT, parents);
    }
}
