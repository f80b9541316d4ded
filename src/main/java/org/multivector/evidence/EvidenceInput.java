package org.multivector.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("EvidenceInput")
@Description("A verbatim passage of a stored source that states the fact. The service finds its offsets.")
public class EvidenceInput {

    @NonNull
    @Id
    @Description("The id of the source the passage is taken from.")
    public String sourceId;

    @NonNull
    @NotBlank
    @Size(max = 8000)
    @Description("The passage, exactly as the source has it.")
    public String quote;

    @PositiveOrZero
    @Description("Where the passage starts, to pick one occurrence of a passage that occurs more than once; "
            + "by default its first occurrence.")
    public Integer start;
}
