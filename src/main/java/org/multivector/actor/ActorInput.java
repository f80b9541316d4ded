package org.multivector.actor;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ActorInput")
@Description("An actor to add, or the new state of one to update.")
public class ActorInput {

    @NonNull
    @NotBlank
    @Size(max = 255)
    @Description("Canonical English name; unique across all names and aliases, case-insensitively.")
    public String name;

    @NonNull
    @Description("What sort of actor this is.")
    public ActorKind kind;

    @Size(max = 50)
    @Description("Other names that resolve to this actor; each unique across all names and aliases.")
    public List<@NonNull @NotBlank @Size(max = 255) String> aliases;

    @Size(max = 4000)
    @Description("A short description.")
    public String description;
}
