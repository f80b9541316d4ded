package org.multivector.membership;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.multivector.evidence.ClaimInput;
import org.multivector.evidence.EvidenceInput;

@Input("MembershipInput")
@Description("A membership, refusal or partnership to add, or the new state of one to update.")
public class MembershipInput extends ClaimInput {

    @NonNull
    @NotBlank
    @Size(max = 255)
    @Description("The member's name or alias.")
    public String member;

    @NonNull
    @NotBlank
    @Size(max = 255)
    @Description("The organisation's name or alias.")
    public String organisation;

    @NonNull
    @Description("How the member stands towards the organisation.")
    public MembershipStatus status;

    @Size(max = 10)
    @Description("Since when, as a partial ISO date: 2024, 2024-10 or 2024-10-23.")
    public String since;

    @Size(max = 10)
    @Description("Until when, as a partial ISO date.")
    public String until;

    @NonNull
    @NotEmpty
    @Size(max = 50)
    @Description("The passages that state it: at least one.")
    public List<@NonNull @Valid EvidenceInput> evidence;
}
