package org.multivector.source;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class SourceGraphQL {

    @Inject
    SourceService sources;

    @Query("sources")
    @Description("Every source document, in the order they were added.")
    public @NonNull List<@NonNull Source> sources() {
        return sources.listAll();
    }
}
