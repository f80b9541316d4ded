package org.multivector.evidence;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.multivector.actor.Actor;
import org.multivector.config.MultivectorConfig;
import org.multivector.engine.Reference;
import org.multivector.paging.PageRequest;
import org.multivector.persistence.PastRecords;
import org.multivector.source.SourceService;

/** The source of every piece of evidence, in batches; each fact type declares its own {@code evidence} field. */
@GraphQLApi
public class EvidenceGraphQL {

    @Inject
    SourceService sources;

    @Inject
    EvidenceService evidence;

    @Inject
    PastRecords past;

    @Inject
    MultivectorConfig config;

    @Name("mentions")
    @Description("Every passage of a source that names this actor by its name or an alias, as a whole word "
            + "written as the name is: the sentence around it, with its offsets. Sources in the order they were "
            + "recorded, passages in text order.")
    public List<@NonNull EvidenceConnection> mentions(@Source List<Actor> actors,
            @Name("first") @Description("Page size: 0 to the configured maximum (100 by default); 20 when omitted.") Integer first,
            @Name("after") @Description("Start after this cursor (an endCursor or edge cursor of this connection).") String after) {
        return evidence.mentionsOf(actors, PageRequest.of(first, after, EvidenceConnection.NAME, config.paging()));
    }

    @Name("totalCount")
    @Description("How many rows match the filter across all pages.")
    public List<@NonNull Integer> totalCount(@Source List<EvidenceConnection> connections) {
        return evidence.mentionCounts(connections);
    }

    @Name("source")
    @Description("The document the quote is taken from.")
    @Reference(idField = "sourceId")
    public List<org.multivector.source.@NonNull Source> source(@Source List<Evidence> parents) {
        return past.lookup(parents, quote -> quote.sourceId, org.multivector.source.Source.class, sources::findByIds);
    }
}
