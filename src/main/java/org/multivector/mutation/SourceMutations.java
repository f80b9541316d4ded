package org.multivector.mutation;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.multivector.fact.Drafts.SourceDraft;
import org.multivector.fact.Facts;
import org.multivector.input.Ids;
import org.multivector.input.InputValidator;
import org.multivector.security.EditorOnly;
import org.multivector.source.Source;
import org.multivector.source.SourceInput;

/**
 * Adds and deletes source documents. Every mutation needs the editor role and
 * writes through the write model, {@link Facts}.
 */
@GraphQLApi
public class SourceMutations {

    @Inject
    Facts facts;

    @Inject
    InputValidator inputs;

    @Mutation("addSource")
    @EditorOnly
    @Description("Adds a source document. Facts quote it by its id. Needs the editor role.")
    public @NonNull Source addSource(@NonNull @Description("The document.") SourceInput input) {
        return facts.addSource(draft(inputs.valid(input, "input")), "input");
    }

    @Mutation("deleteSource")
    @EditorOnly
    @Description("Deletes a source that no evidence quotes; returns its id. Needs the editor role.")
    public @NonNull @Id long deleteSource(@NonNull @Id @Description("The source's id.") String id) {
        return facts.deleteSource(Ids.parse(id, "id"));
    }

    private static SourceDraft draft(SourceInput input) {
        return new SourceDraft(null, input.title, input.publisher, input.section, input.text);
    }
}
