package org.multivector.actor;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.multivector.config.MultivectorConfig;
import org.multivector.errors.InvalidArgumentException;
import org.multivector.input.Ids;
import org.multivector.paging.PageRequest;
import org.multivector.persistence.PastRecords;

@GraphQLApi
public class ActorGraphQL {

    @Inject
    ActorService actors;

    @Inject
    PastRecords past;

    @Inject
    MultivectorConfig config;

    @Query("actor")
    @Description("One actor, by id or by name. The name may be the canonical name or any alias, in any case.")
    public Actor actor(@Id @Description("The actor's id.") String id,
            @Description("The actor's canonical name or any alias, in any case.") String name,
            @Description(PastRecords.AS_OF) Integer asOf) {
        if ((id == null) == (name == null)) {
            throw new InvalidArgumentException("Give exactly one of the arguments 'id' and 'name'");
        }
        Long revision = past.revision(asOf);
        if (revision != null) {
            return (id != null ? actors.findById(Ids.parse(id, "id"), revision) : actors.findByName(name, revision))
                    .orElse(null);
        }
        return id != null ? actors.findById(Ids.parse(id, "id")).orElse(null) : actors.findByName(name).orElse(null);
    }

    @Query("actors")
    @Description("Actors ordered by name, optionally of one kind or matching a search in their names and aliases.")
    public @NonNull ActorConnection actors(
            @Description("Only actors of this kind.") ActorKind kind,
            @Description("Only actors whose name or an alias contains this text, in any case.") String search,
            @Description("Page size: 0 to the configured maximum (100 by default); 20 when omitted.") Integer first,
            @Description("Start after this cursor (an endCursor or edge cursor of this connection).") String after) {
        return actors.list(kind, search, PageRequest.of(first, after, ActorConnection.NAME, config.paging()));
    }

    @Name("aliases")
    @Description("Other names that resolve to this actor: \"CSTO\", \"Russian Federation\".")
    public List<@NonNull List<@NonNull String>> aliases(@Source List<Actor> parents) {
        return actors.aliasesOf(parents);
    }

    @Name("totalCount")
    @Description("How many rows match the filter across all pages.")
    public @NonNull int totalCount(@Source ActorConnection connection) {
        return Math.toIntExact(actors.count(connection.filter()));
    }
}
