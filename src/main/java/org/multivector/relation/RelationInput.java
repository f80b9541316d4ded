package org.multivector.relation;

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

@Input("RelationInput")
@Description("A relation to add, or the new state of one to update.")
public class RelationInput extends ClaimInput {

    @NonNull
    @NotBlank
    @Size(max = 255)
    @Description("The subject's name or alias.")
    public String subject;

    @NonNull
    @NotBlank
    @Size(max = 64)
    @Description("The relation type, such as LEADER_OF; any case, spaces become underscores.")
    public String type;

    @NonNull
    @NotBlank
    @Size(max = 255)
    @Description("The object's name or alias.")
    public String object;

    @NonNull
    @NotEmpty
    @Size(max = 50)
    @Description("The passages that state it: at least one.")
    public List<@NonNull @Valid EvidenceInput> evidence;
}
