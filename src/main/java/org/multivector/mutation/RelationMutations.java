package org.multivector.mutation;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.multivector.fact.Drafts.ClaimDraft;
import org.multivector.fact.Drafts.RelationDraft;
import org.multivector.fact.Facts;
import org.multivector.input.Ids;
import org.multivector.input.InputValidator;
import org.multivector.relation.Relation;
import org.multivector.relation.RelationInput;
import org.multivector.security.EditorOnly;

/**
 * Adds, replaces and deletes relations with their evidence. Every mutation needs the editor role and
 * writes through the write model, {@link Facts}.
 */
@GraphQLApi
public class RelationMutations {

    @Inject
    Facts facts;

    @Inject
    InputValidator inputs;

    @Mutation("addRelation")
    @EditorOnly
    @Description("Adds a relation with its evidence. Needs the editor role.")
    public @NonNull Relation addRelation(@NonNull @Description("The fact and its quotes.") RelationInput input) {
        return facts.addRelation(draft(inputs.valid(input, "input")), "input");
    }

    @Mutation("updateRelation")
    @EditorOnly
    @Description("Replaces every field and the evidence of a relation. Needs the editor role.")
    public @NonNull Relation updateRelation(@NonNull @Id @Description("The id of the relation.") String id,
            @NonNull @Description("Its new state and quotes.") RelationInput input) {
        return facts.replaceRelation(Ids.parse(id, "id"), draft(inputs.valid(input, "input")), "input");
    }

    @Mutation("deleteRelation")
    @EditorOnly
    @Description("Deletes a relation and its evidence; returns its id. Needs the editor role.")
    public @NonNull @Id long deleteRelation(@NonNull @Id @Description("The id of the relation.") String id) {
        return facts.deleteRelation(Ids.parse(id, "id"));
    }

    private static RelationDraft draft(RelationInput input) {
        return new RelationDraft(input.subject, input.type, input.object,
                new ClaimDraft(input.certainty, input.attributedTo), Quotes.of(input.evidence));
    }
}
