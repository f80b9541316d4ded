package org.multivector.measure;

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

@Input("PunitiveMeasureInput")
@Description("A punitive measure to add, or the new state of one to update.")
public class PunitiveMeasureInput extends ClaimInput {

    @NonNull
    @NotBlank
    @Size(max = 255)
    @Description("The imposer's name or alias.")
    public String imposer;

    @NonNull
    @NotBlank
    @Size(max = 255)
    @Description("The target's name or alias.")
    public String target;

    @NonNull
    @Description("What sort of measure.")
    public MeasureKind kind;

    @NonNull
    @Description("Whether it happened.")
    public MeasureStatus status;

    @NonNull
    @NotBlank
    @Size(max = 4000)
    @Description("One sentence saying what was done.")
    public String summary;

    @Size(max = 4000)
    @Description("What it covers.")
    public String scope;

    @Size(max = 4000)
    @Description("The reason the imposer gave.")
    public String statedReason;

    @Size(max = 4000)
    @Description("The motive the source attributes.")
    public String assessedMotive;

    @Size(max = 500)
    @Description("The name of the event it answered.")
    public String trigger;

    @Size(max = 10)
    @Description("When, as a partial ISO date.")
    public String date;

    @NonNull
    @NotEmpty
    @Size(max = 50)
    @Description("The passages that state it: at least one.")
    public List<@NonNull @Valid EvidenceInput> evidence;
}
