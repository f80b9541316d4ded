package org.multivector.source;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.multivector.common.Ids;
import org.multivector.common.InputValidator;
import org.multivector.security.EditorOnly;

@GraphQLApi
public class SourceGraphQL {

    @Inject
    SourceService sources;

    @Inject
    InputValidator inputs;

    @Query("sources")
    @Description("Every source document, in the order they were added.")
    public @NonNull List<@NonNull Source> sources() {
        return sources.listAll();
    }

    @Mutation("addSource")
    @EditorOnly
    @Description("Adds a source document. Facts quote it by its id. Needs the editor role.")
    public @NonNull Source addSource(@NonNull @Description("The document.") SourceInput input) {
        return sources.add(inputs.valid(input, "input").toEntry());
    }

    @Mutation("deleteSource")
    @EditorOnly
    @Description("Deletes a source that no evidence quotes; returns its id. Needs the editor role.")
    public @NonNull @Id long deleteSource(@NonNull @Id @Description("The source's id.") String id) {
        return sources.delete(Ids.parse(id, "id"));
    }
}
