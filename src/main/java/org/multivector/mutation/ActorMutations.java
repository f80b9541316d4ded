package org.multivector.mutation;

import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.multivector.actor.Actor;
import org.multivector.actor.ActorInput;
import org.multivector.errors.ConcurrentWriteException;
import org.multivector.fact.Drafts.ActorDraft;
import org.multivector.fact.Facts;
import org.multivector.input.Ids;
import org.multivector.input.InputValidator;
import org.multivector.security.EditorOnly;

/**
 * Adds, replaces and deletes actors and their aliases. Every mutation needs the editor role and
 * writes through the write model, {@link Facts}. Those that write names run once more, in a new
 * transaction, when another write of the same moment broke their name's unique key: the second
 * run's check finds the other write's name once that has committed, and names its actor.
 */
@GraphQLApi
public class ActorMutations {

    /** The arguments of addAlias and removeAlias, as their errors name them. */
    private static final Facts.AliasArguments ALIAS_ARGUMENTS = new Facts.AliasArguments("actor", "alias");

    @Inject
    Facts facts;

    @Inject
    InputValidator inputs;

    @Mutation("addActor")
    @EditorOnly
    @Retry(maxRetries = 1, delay = 50, jitter = 0, retryOn = ConcurrentWriteException.class)
    @Description("Adds an actor. Its name and aliases must be new, case-insensitively. Needs the editor role.")
    public @NonNull Actor addActor(@NonNull @Description("The actor.") ActorInput input) {
        return facts.addActor(draft(inputs.valid(input, "input")), "input");
    }

    @Mutation("updateActor")
    @EditorOnly
    @Retry(maxRetries = 1, delay = 50, jitter = 0, retryOn = ConcurrentWriteException.class)
    @Description("Replaces an actor's name, kind, description and aliases. Needs the editor role.")
    public @NonNull Actor updateActor(@NonNull @Id @Description("The actor's id.") String id,
            @NonNull @Description("The actor's new state.") ActorInput input) {
        return facts.replaceActor(Ids.parse(id, "id"), draft(inputs.valid(input, "input")), "input");
    }

    @Mutation("addAlias")
    @EditorOnly
    @Retry(maxRetries = 1, delay = 50, jitter = 0, retryOn = ConcurrentWriteException.class)
    @Description("Adds a name that resolves to an actor. Needs the editor role.")
    public @NonNull Actor addAlias(@NonNull @Description("The actor's name or an alias.") String actor,
            @NonNull @Description("The new alias; unique across all names, case-insensitively.") String alias) {
        return facts.addAlias(actor, alias, ALIAS_ARGUMENTS);
    }

    @Mutation("removeAlias")
    @EditorOnly
    @Description("Removes an alias of an actor (not its canonical name). Needs the editor role.")
    public @NonNull Actor removeAlias(@NonNull @Description("The actor's name or an alias.") String actor,
            @NonNull @Description("The alias to remove.") String alias) {
        return facts.removeAlias(actor, alias, ALIAS_ARGUMENTS);
    }

    @Mutation("deleteActor")
    @EditorOnly
    @Description("Deletes an actor that no fact mentions; returns its id. Refused, naming the facts, while any does. "
            + "Needs the editor role.")
    public @NonNull @Id long deleteActor(@NonNull @Id @Description("The actor's id.") String id) {
        return facts.deleteActor(Ids.parse(id, "id"));
    }

    private static ActorDraft draft(ActorInput input) {
        return new ActorDraft(input.name, input.kind, input.aliases, input.description);
    }
}
