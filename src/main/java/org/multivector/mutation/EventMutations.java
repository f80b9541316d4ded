package org.multivector.mutation;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.multivector.event.Event;
import org.multivector.event.EventInput;
import org.multivector.fact.Drafts.ClaimDraft;
import org.multivector.fact.Drafts.EventDraft;
import org.multivector.fact.Facts;
import org.multivector.input.Ids;
import org.multivector.input.InputValidator;
import org.multivector.security.EditorOnly;

/**
 * Adds, replaces and deletes events with their evidence. Every mutation needs the editor role and
 * writes through the write model, {@link Facts}.
 */
@GraphQLApi
public class EventMutations {

    @Inject
    Facts facts;

    @Inject
    InputValidator inputs;

    @Mutation("addEvent")
    @EditorOnly
    @Description("Adds an event with its evidence. Needs the editor role.")
    public @NonNull Event addEvent(@NonNull @Description("The fact and its quotes.") EventInput input) {
        return facts.addEvent(draft(inputs.valid(input, "input")), "input");
    }

    @Mutation("updateEvent")
    @EditorOnly
    @Description("Replaces every field and the evidence of an event. Needs the editor role.")
    public @NonNull Event updateEvent(@NonNull @Id @Description("The id of the event.") String id,
            @NonNull @Description("Its new state and quotes.") EventInput input) {
        return facts.replaceEvent(Ids.parse(id, "id"), draft(inputs.valid(input, "input")), "input");
    }

    @Mutation("deleteEvent")
    @EditorOnly
    @Description("Deletes an event and its evidence; returns its id. Needs the editor role.")
    public @NonNull @Id long deleteEvent(@NonNull @Id @Description("The id of the event.") String id) {
        return facts.deleteEvent(Ids.parse(id, "id"));
    }

    private static EventDraft draft(EventInput input) {
        return new EventDraft(input.name, input.kind, input.date, input.place, input.participants,
                new ClaimDraft(input.certainty, input.attributedTo), Quotes.of(input.evidence));
    }
}
