package org.multivector.measure;

import java.util.List;

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
import org.multivector.event.Event;
import org.multivector.event.EventService;
import org.multivector.security.EditorOnly;

@GraphQLApi
public class PunitiveMeasureGraphQL {

    @Inject
    PunitiveMeasureService measures;

    @Inject
    ActorService actors;

    @Inject
    EventService events;

    @Inject
    MultivectorConfig config;

    @Inject
    InputValidator inputs;

    @Query("punitiveMeasures")
    @Description("Punitive measures, filtered by imposer, target, kind and status.")
    public @NonNull PunitiveMeasureConnection punitiveMeasures(
            @Description("The imposer's name or alias, in any case.") String imposer,
            @Description("The target's name or alias, in any case.") String target,
            @Description("Only measures of this kind.") MeasureKind kind,
            @Description("Only measures with this status.") MeasureStatus status,
            @Description("Page size: 0 to the configured maximum (100 by default); 20 when omitted.") Integer first,
            @Description("Start after this cursor (an endCursor or edge cursor of this connection).") String after) {
        PageRequest page = PageRequest.of(first, after, PunitiveMeasureConnection.NAME, config.paging());
        return measures.list(actors.resolveId(imposer, "imposer"), actors.resolveId(target, "target"), kind, status,
                page);
    }

    @Name("measuresImposed")
    @Description("Punitive measures this actor imposed, threatened or is speculated to take.")
    public List<@NonNull List<@NonNull PunitiveMeasure>> measuresImposed(@Source List<Actor> parents) {
        return Batch.group(parents, measures.imposedBy(Batch.ids(parents)), measure -> measure.imposerId);
    }

    @Name("measuresReceived")
    @Description("Punitive measures aimed at this actor.")
    public List<@NonNull List<@NonNull PunitiveMeasure>> measuresReceived(@Source List<Actor> parents) {
        return Batch.group(parents, measures.receivedBy(Batch.ids(parents)), measure -> measure.targetId);
    }

    @Name("imposer")
    @Description("The actor that imposed the measure.")
    @Reference(idField = "imposerId")
    public List<@NonNull Actor> imposer(@Source List<PunitiveMeasure> parents) {
        return Batch.lookup(parents, measure -> measure.imposerId, actors::findByIds);
    }

    @Name("target")
    @Description("The actor the measure is aimed at.")
    @Reference(idField = "targetId")
    public List<@NonNull Actor> target(@Source List<PunitiveMeasure> parents) {
        return Batch.lookup(parents, measure -> measure.targetId, actors::findByIds);
    }

    @Name("trigger")
    @Description("The event the measure answered, where the source says.")
    @Reference(idField = "triggerEventId")
    public List<Event> trigger(@Source List<PunitiveMeasure> parents) {
        return Batch.lookup(parents, measure -> measure.triggerEventId, events::findByIds);
    }

    @Name("totalCount")
    @Description("How many rows match the filter across all pages.")
    public @NonNull int totalCount(@Source PunitiveMeasureConnection connection) {
        return Math.toIntExact(measures.count(connection.filter()));
    }

    @Mutation("addPunitiveMeasure")
    @EditorOnly
    @Description("Adds a punitive measure with its evidence. Needs the editor role.")
    public @NonNull PunitiveMeasure addPunitiveMeasure(@NonNull @Description("The fact and its quotes.") PunitiveMeasureInput input) {
        return measures.add(inputs.valid(input, "input").toEntry());
    }

    @Mutation("updatePunitiveMeasure")
    @EditorOnly
    @Description("Replaces every field and the evidence of a punitive measure. Needs the editor role.")
    public @NonNull PunitiveMeasure updatePunitiveMeasure(@NonNull @Id @Description("The id of the punitive measure.") String id,
            @NonNull @Description("Its new state and quotes.") PunitiveMeasureInput input) {
        return measures.replace(Ids.parse(id, "id"), inputs.valid(input, "input").toEntry());
    }

    @Mutation("deletePunitiveMeasure")
    @EditorOnly
    @Description("Deletes a punitive measure and its evidence; returns its id. Needs the editor role.")
    public @NonNull @Id long deletePunitiveMeasure(@NonNull @Id @Description("The id of the punitive measure.") String id) {
        return measures.delete(Ids.parse(id, "id"));
    }
}
