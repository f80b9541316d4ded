package org.multivector.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.multivector.actor.Actor;
import org.multivector.actor.ActorService;
import org.multivector.common.Batch;
import org.multivector.common.Ids;
import org.multivector.common.InputValidator;
import org.multivector.common.MultivectorConfig;
import org.multivector.common.PageRequest;
import org.multivector.common.Reference;
import org.multivector.security.EditorOnly;

@GraphQLApi
public class EventGraphQL {

    @Inject
    EventService events;

    @Inject
    ActorService actors;

    @Inject
    MultivectorConfig config;

    @Inject
    InputValidator inputs;

    @Query("events")
    @Description("Events: summits, decisions, measures, wars, dissolutions.")
    public @NonNull EventConnection events(
            @Description("Page size: 0 to the configured maximum (100 by default); 20 when omitted.") Integer first,
            @Description("Start after this cursor (an endCursor or edge cursor of this connection).") String after) {
        return events.list(PageRequest.of(first, after, EventConnection.NAME, config.paging()));
    }

    @Name("place")
    @Description("Where it happened, where the source says.")
    @Reference(idField = "placeId")
    public List<Actor> place(@Source List<Event> parents) {
        return Batch.lookup(parents, event -> event.placeId, actors::findByIds);
    }

    @Name("participants")
    @Description("The actors that took part or were affected.")
    public List<@NonNull List<@NonNull Actor>> participants(@Source List<Event> parents) {
        Map<Long, List<Long>> participantIds = events.participantIdsOf(Batch.ids(parents));
        Set<Long> allIds = new LinkedHashSet<>();
        participantIds.values().forEach(allIds::addAll);
        Map<Long, Actor> byId = new HashMap<>();
        if (!allIds.isEmpty()) {
            actors.findByIds(allIds).forEach(actor -> byId.put(actor.id, actor));
        }
        List<List<Actor>> result = new ArrayList<>(parents.size());
        for (Event parent : parents) {
            result.add(participantIds.getOrDefault(parent.id, List.of()).stream().map(byId::get).toList());
        }
        return result;
    }

    @Name("totalCount")
    @Description("How many rows match the filter across all pages.")
    public @NonNull int totalCount(@Source EventConnection connection) {
        return Math.toIntExact(events.count(connection.filter()));
    }

    @Mutation("addEvent")
    @EditorOnly
    @Description("Adds an event with its evidence. Needs the editor role.")
    public @NonNull Event addEvent(@NonNull @Description("The fact and its quotes.") EventInput input) {
        return events.add(inputs.valid(input, "input").toEntry());
    }

    @Mutation("updateEvent")
    @EditorOnly
    @Description("Replaces every field and the evidence of an event. Needs the editor role.")
    public @NonNull Event updateEvent(@NonNull @Id @Description("The id of the event.") String id,
            @NonNull @Description("Its new state and quotes.") EventInput input) {
        return events.replace(Ids.parse(id, "id"), inputs.valid(input, "input").toEntry());
    }

    @Mutation("deleteEvent")
    @EditorOnly
    @Description("Deletes an event and its evidence; returns its id. Needs the editor role.")
    public @NonNull @Id long deleteEvent(@NonNull @Id @Description("The id of the event.") String id) {
        return events.delete(Ids.parse(id, "id"));
    }
}
