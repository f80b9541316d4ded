package org.multivector.event;

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

@Input("EventInput")
@Description("An event to add, or the new state of one to update.")
public class EventInput extends ClaimInput {

    @NonNull
    @NotBlank
    @Size(max = 500)
    @Description("Name of the event.")
    public String name;

    @NonNull
    @NotBlank
    @Size(max = 64)
    @Description("SUMMIT, DECISION, MEASURE, WAR, DISSOLUTION ...")
    public String kind;

    @Size(max = 10)
    @Description("When, as a partial ISO date.")
    public String date;

    @Size(max = 255)
    @Description("Where it happened: an actor's name or alias.")
    public String place;

    @Size(max = 100)
    @Description("The names or aliases of the actors that took part.")
    public List<@NonNull @NotBlank @Size(max = 255) String> participants;

    @NonNull
    @NotEmpty
    @Size(max = 50)
    @Description("The passages that state it: at least one.")
    public List<@NonNull @Valid EvidenceInput> evidence;
}
