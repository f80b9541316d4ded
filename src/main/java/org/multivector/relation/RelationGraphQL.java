package org.multivector.relation;

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
import org.multivector.common.InvalidArgumentException;
import org.multivector.common.MultivectorConfig;
import org.multivector.common.PageRequest;
import org.multivector.common.Reference;
import org.multivector.security.EditorOnly;

@GraphQLApi
public class RelationGraphQL {

    @Inject
    RelationService relations;

    @Inject
    ActorService actors;

    @Inject
    MultivectorConfig config;

    @Inject
    InputValidator inputs;

    @Query("relations")
    @Description("Relations between actors, filtered by subject, object and type.")
    public @NonNull RelationConnection relations(
            @Description("The subject's name or alias, in any case.") String subject,
            @Description("The object's name or alias, in any case.") String object,
            @Description("Only relations of this type, in any case: LEADER_OF, CAPITAL_OF ...") String type,
            @Description("Page size: 0 to the configured maximum (100 by default); 20 when omitted.") Integer first,
            @Description("Start after this cursor (an endCursor or edge cursor of this connection).") String after) {
        if (type != null && type.isBlank()) {
            throw new InvalidArgumentException("Argument 'type' must not be blank");
        }
        PageRequest page = PageRequest.of(first, after, RelationConnection.NAME, config.paging());
        return relations.list(actors.resolveId(subject, "subject"), actors.resolveId(object, "object"), type, page);
    }

    @Name("relations")
    @Description("Relations in which this actor is the subject or the object.")
    public List<@NonNull List<@NonNull Relation>> relationsOf(@Source List<Actor> parents) {
        return Batch.groupByAny(parents, relations.involving(Batch.ids(parents)),
                relation -> List.of(relation.subjectId, relation.objectId));
    }

    @Name("subject")
    @Description("The actor the relation starts from: the leader in LEADER_OF.")
    @Reference(idField = "subjectId")
    public List<@NonNull Actor> subject(@Source List<Relation> parents) {
        return Batch.lookup(parents, relation -> relation.subjectId, actors::findByIds);
    }

    @Name("object")
    @Description("The actor the relation points at: the state in LEADER_OF.")
    @Reference(idField = "objectId")
    public List<@NonNull Actor> object(@Source List<Relation> parents) {
        return Batch.lookup(parents, relation -> relation.objectId, actors::findByIds);
    }

    @Name("totalCount")
    @Description("How many rows match the filter across all pages.")
    public @NonNull int totalCount(@Source RelationConnection connection) {
        return Math.toIntExact(relations.count(connection.filter()));
    }

    @Mutation("addRelation")
    @EditorOnly
    @Description("Adds a relation with its evidence. Needs the editor role.")
    public @NonNull Relation addRelation(@NonNull @Description("The fact and its quotes.") RelationInput input) {
        return relations.add(inputs.valid(input, "input").toEntry());
    }

    @Mutation("updateRelation")
    @EditorOnly
    @Description("Replaces every field and the evidence of a relation. Needs the editor role.")
    public @NonNull Relation updateRelation(@NonNull @Id @Description("The id of the relation.") String id,
            @NonNull @Description("Its new state and quotes.") RelationInput input) {
        return relations.replace(Ids.parse(id, "id"), inputs.valid(input, "input").toEntry());
    }

    @Mutation("deleteRelation")
    @EditorOnly
    @Description("Deletes a relation and its evidence; returns its id. Needs the editor role.")
    public @NonNull @Id long deleteRelation(@NonNull @Id @Description("The id of the relation.") String id) {
        return relations.delete(Ids.parse(id, "id"));
    }
}
