package org.multivector.relation;

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
import org.multivector.errors.InvalidArgumentException;
import org.multivector.evidence.Certainty;
import org.multivector.evidence.Claim;
import org.multivector.evidence.Evidence;
import org.multivector.evidence.EvidenceService;
import org.multivector.evidence.StatedFact;
import org.multivector.paging.PageRequest;
import org.multivector.persistence.PastRecords;

@GraphQLApi
public class RelationGraphQL {

    @Inject
    EvidenceService evidence;

    @Inject
    RelationService relations;

    @Inject
    ActorService actors;

    @Inject
    PastRecords past;

    @Inject
    MultivectorConfig config;

    @Query("relations")
    @Description("Relations between actors, filtered by subject, object and type.")
    public @NonNull RelationConnection relations(
            @Description("The subject's name or alias, in any case.") String subject,
            @Description("The object's name or alias, in any case.") String object,
            @Description("Only relations of this type, in any case: LEADER_OF, CAPITAL_OF ...") String type,
            @Description(Certainty.FILTER) List<Certainty> certainty,
            @Description("Page size: 0 to the configured maximum (100 by default); 20 when omitted.") Integer first,
            @Description("Start after this cursor (an endCursor or edge cursor of this connection).") String after,
            @Description(PastRecords.AS_OF) Integer asOf) {
        if (type != null && type.isBlank()) {
            throw new InvalidArgumentException("Argument 'type' must not be blank");
        }
        PageRequest page = PageRequest.of(first, after, RelationConnection.NAME, config.paging());
        Long revision = past.revision(asOf);
        return relations.list(actors.resolveId(subject, "subject", revision), actors.resolveId(object, "object",
                revision), type, Certainty.filter(certainty, "certainty"), page, revision);
    }

    @Name("relations")
    @Description("Relations in which this actor is the subject or the object.")
    public List<@NonNull List<@NonNull Relation>> relationsOf(@Source List<Actor> parents,
            @Name("certainty") @Description(Certainty.FILTER)
            List<Certainty> certainty) {
        return relations.involving(parents).stream().map(rows -> Claim.withCertainty(rows, certainty)).toList();
    }

    @Name("subject")
    @Description("The actor the relation starts from: the leader in LEADER_OF.")
    @Reference(idField = "subjectId")
    public List<@NonNull Actor> subject(@Source List<Relation> parents) {
        return past.lookup(parents, relation -> relation.subjectId, Actor.class, actors::findByIds);
    }

    @Name("object")
    @Description("The actor the relation points at: the state in LEADER_OF.")
    @Reference(idField = "objectId")
    public List<@NonNull Actor> object(@Source List<Relation> parents) {
        return past.lookup(parents, relation -> relation.objectId, Actor.class, actors::findByIds);
    }

    @Name("totalCount")
    @Description("How many rows match the filter across all pages.")
    public @NonNull int totalCount(@Source RelationConnection connection) {
        return Math.toIntExact(relations.count(connection.filter()));
    }

    @Name("evidence")
    @Description("The passages of sources that state this relation: at least one.")
    public List<@NonNull List<@NonNull Evidence>> evidence(@Source List<Relation> parents) {
        return evidence.stating(StatedFact.RELATION, parents);
    }
}
