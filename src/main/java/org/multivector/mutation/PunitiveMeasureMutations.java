package org.multivector.mutation;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.multivector.fact.Drafts.ClaimDraft;
import org.multivector.fact.Drafts.MeasureDraft;
import org.multivector.fact.Facts;
import org.multivector.input.Ids;
import org.multivector.input.InputValidator;
import org.multivector.measure.PunitiveMeasure;
import org.multivector.measure.PunitiveMeasureInput;
import org.multivector.security.EditorOnly;

/**
 * Adds, replaces and deletes punitive measures with their evidence. Every mutation needs the editor role and
 * writes through the write model, {@link Facts}.
 */
@GraphQLApi
public class PunitiveMeasureMutations {

    @Inject
    Facts facts;

    @Inject
    InputValidator inputs;

    @Mutation("addPunitiveMeasure")
    @EditorOnly
    @Description("Adds a punitive measure with its evidence. Needs the editor role.")
    public @NonNull PunitiveMeasure addPunitiveMeasure(@NonNull @Description("The fact and its quotes.") PunitiveMeasureInput input) {
        return facts.addMeasure(draft(inputs.valid(input, "input")), "input");
    }

    @Mutation("updatePunitiveMeasure")
    @EditorOnly
    @Description("Replaces every field and the evidence of a punitive measure. Needs the editor role.")
    public @NonNull PunitiveMeasure updatePunitiveMeasure(@NonNull @Id @Description("The id of the punitive measure.") String id,
            @NonNull @Description("Its new state and quotes.") PunitiveMeasureInput input) {
        return facts.replaceMeasure(Ids.parse(id, "id"), draft(inputs.valid(input, "input")), "input");
    }

    @Mutation("deletePunitiveMeasure")
    @EditorOnly
    @Description("Deletes a punitive measure and its evidence; returns its id. Needs the editor role.")
    public @NonNull @Id long deletePunitiveMeasure(@NonNull @Id @Description("The id of the punitive measure.") String id) {
        return facts.deleteMeasure(Ids.parse(id, "id"));
    }

    private static MeasureDraft draft(PunitiveMeasureInput input) {
        return new MeasureDraft(input.imposer, input.target, input.kind, input.status, input.summary, input.scope,
                input.statedReason, input.assessedMotive, input.trigger, input.date,
                new ClaimDraft(input.certainty, input.attributedTo), Quotes.of(input.evidence));
    }
}
