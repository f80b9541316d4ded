package org.multivector.measure;

import java.util.List;

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
import org.multivector.event.Event;
import org.multivector.event.EventService;
import org.multivector.evidence.Certainty;
import org.multivector.evidence.Claim;
import org.multivector.evidence.Evidence;
import org.multivector.evidence.EvidenceService;
import org.multivector.evidence.StatedFact;
import org.multivector.paging.PageRequest;
import org.multivector.persistence.PastRecords;

@GraphQLApi
public class PunitiveMeasureGraphQL {

    @Inject
    EvidenceService evidence;

    @Inject
    PunitiveMeasureService measures;

    @Inject
    ActorService actors;

    @Inject
    EventService events;

    @Inject
    PastRecords past;

    @Inject
    MultivectorConfig config;

    @Query("punitiveMeasures")
    @Description("Punitive measures, filtered by imposer, target, kind and status.")
    public @NonNull PunitiveMeasureConnection punitiveMeasures(
            @Description("The imposer's name or alias, in any case.") String imposer,
            @Description("The target's name or alias, in any case.") String target,
            @Description("Only measures of this kind.") MeasureKind kind,
            @Description("Only measures with this status.") MeasureStatus status,
            @Description(Certainty.FILTER) List<Certainty> certainty,
            @Description("Page size: 0 to the configured maximum (100 by default); 20 when omitted.") Integer first,
            @Description("Start after this cursor (an endCursor or edge cursor of this connection).") String after,
            @Description(PastRecords.AS_OF) Integer asOf) {
        PageRequest page = PageRequest.of(first, after, PunitiveMeasureConnection.NAME, config.paging());
        Long revision = past.revision(asOf);
        return measures.list(actors.resolveId(imposer, "imposer", revision), actors.resolveId(target, "target", revision),
                kind, status, Certainty.filter(certainty, "certainty"), page, revision);
    }

    @Name("measuresImposed")
    @Description("Punitive measures this actor imposed, threatened or is speculated to take.")
    public List<@NonNull List<@NonNull PunitiveMeasure>> measuresImposed(@Source List<Actor> parents,
            @Name("certainty") @Description(Certainty.FILTER)
            List<Certainty> certainty) {
        return measures.imposedBy(parents).stream().map(rows -> Claim.withCertainty(rows, certainty)).toList();
    }

    @Name("measuresReceived")
    @Description("Punitive measures aimed at this actor.")
    public List<@NonNull List<@NonNull PunitiveMeasure>> measuresReceived(@Source List<Actor> parents,
            @Name("certainty") @Description(Certainty.FILTER)
            List<Certainty> certainty) {
        return measures.receivedBy(parents).stream().map(rows -> Claim.withCertainty(rows, certainty)).toList();
    }


    @Name("imposer")
    @Description("The actor that imposed the measure.")
    @Reference(idField = "imposerId")
    public List<@NonNull Actor> imposer(@Source List<PunitiveMeasure> parents) {
        return past.lookup(parents, measure -> measure.imposerId, Actor.class, actors::findByIds);
    }

    @Name("target")
    @Description("The actor the measure is aimed at.")
    @Reference(idField = "targetId")
    public List<@NonNull Actor> target(@Source List<PunitiveMeasure> parents) {
        return past.lookup(parents, measure -> measure.targetId, Actor.class, actors::findByIds);
    }

    @Name("trigger")
    @Description("The event the measure answered, where the source says.")
    @Reference(idField = "triggerEventId")
    public List<Event> trigger(@Source List<PunitiveMeasure> parents) {
        return past.lookup(parents, measure -> measure.triggerEventId, Event.class, events::findByIds);
    }

    @Name("totalCount")
    @Description("How many rows match the filter across all pages.")
    public @NonNull int totalCount(@Source PunitiveMeasureConnection connection) {
        return Math.toIntExact(measures.count(connection.filter()));
    }

    @Name("evidence")
    @Description("The passages of sources that state this measure: at least one.")
    public List<@NonNull List<@NonNull Evidence>> evidence(@Source List<PunitiveMeasure> parents) {
        return evidence.stating(StatedFact.MEASURE, parents);
    }
}
