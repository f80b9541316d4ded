package org.multivector.mutation;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.multivector.fact.Drafts.ClaimDraft;
import org.multivector.fact.Drafts.MembershipDraft;
import org.multivector.fact.Facts;
import org.multivector.input.Ids;
import org.multivector.input.InputValidator;
import org.multivector.membership.Membership;
import org.multivector.membership.MembershipInput;
import org.multivector.security.EditorOnly;

/**
 * Adds, replaces and deletes memberships, refusals and partnerships with their evidence. Every mutation needs the editor role and
 * writes through the write model, {@link Facts}.
 */
@GraphQLApi
public class MembershipMutations {

    @Inject
    Facts facts;

    @Inject
    InputValidator inputs;

    @Mutation("addMembership")
    @EditorOnly
    @Description("Adds a membership, refusal or partnership with its evidence. Needs the editor role.")
    public @NonNull Membership addMembership(@NonNull @Description("The fact and its quotes.") MembershipInput input) {
        return facts.addMembership(draft(inputs.valid(input, "input")), "input");
    }

    @Mutation("updateMembership")
    @EditorOnly
    @Description("Replaces every field and the evidence of a membership, refusal or partnership. Needs the editor role.")
    public @NonNull Membership updateMembership(@NonNull @Id @Description("The id of the membership.") String id,
            @NonNull @Description("Its new state and quotes.") MembershipInput input) {
        return facts.replaceMembership(Ids.parse(id, "id"), draft(inputs.valid(input, "input")), "input");
    }

    @Mutation("deleteMembership")
    @EditorOnly
    @Description("Deletes a membership, refusal or partnership and its evidence; returns its id. Needs the editor role.")
    public @NonNull @Id long deleteMembership(@NonNull @Id @Description("The id of the membership.") String id) {
        return facts.deleteMembership(Ids.parse(id, "id"));
    }

    private static MembershipDraft draft(MembershipInput input) {
        return new MembershipDraft(input.member, input.organisation, input.status, input.since, input.until,
                new ClaimDraft(input.certainty, input.attributedTo), Quotes.of(input.evidence));
    }
}
