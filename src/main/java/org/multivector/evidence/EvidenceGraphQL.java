package org.multivector.evidence;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.multivector.common.Batch;
import org.multivector.common.Reference;
import org.multivector.event.Event;
import org.multivector.measure.PunitiveMeasure;
import org.multivector.membership.Membership;
import org.multivector.relation.Relation;
import org.multivector.source.SourceService;

/** The evidence of every kind of fact, and the source of every piece of evidence, in batches. */
@GraphQLApi
public class EvidenceGraphQL {

    @Inject
    EvidenceService evidence;

    @Inject
    SourceService sources;

    @Name("evidence")
    @Description("The passages of sources that state this membership: at least one.")
    public List<@NonNull List<@NonNull Evidence>> membershipEvidence(@Source List<Membership> parents) {
        return Batch.group(parents, evidence.forMemberships(Batch.ids(parents)), quote -> quote.membershipId);
    }

    @Name("evidence")
    @Description("The passages of sources that state this measure: at least one.")
    public List<@NonNull List<@NonNull Evidence>> measureEvidence(@Source List<PunitiveMeasure> parents) {
        return Batch.group(parents, evidence.forMeasures(Batch.ids(parents)), quote -> quote.measureId);
    }

    @Name("evidence")
    @Description("The passages of sources that state this relation: at least one.")
    public List<@NonNull List<@NonNull Evidence>> relationEvidence(@Source List<Relation> parents) {
        return Batch.group(parents, evidence.forRelations(Batch.ids(parents)), quote -> quote.relationId);
    }

    @Name("evidence")
    @Description("The passages of sources that state this event: at least one.")
    public List<@NonNull List<@NonNull Evidence>> eventEvidence(@Source List<Event> parents) {
        return Batch.group(parents, evidence.forEvents(Batch.ids(parents)), quote -> quote.eventId);
    }

    @Name("source")
    @Description("The document the quote is taken from.")
    @Reference(idField = "sourceId")
    public List<org.multivector.source.@NonNull Source> source(@Source List<Evidence> parents) {
        return Batch.lookup(parents, quote -> quote.sourceId, sources::findByIds);
    }
}
