package org.multivector.evidence;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.multivector.engine.Reference;
import org.multivector.persistence.Batch;
import org.multivector.source.SourceService;

/** The source of every piece of evidence, in batches; each fact type declares its own {@code evidence} field. */
@GraphQLApi
public class EvidenceGraphQL {

    @Inject
    SourceService sources;

    @Name("source")
    @Description("The document the quote is taken from.")
    @Reference(idField = "sourceId")
    public List<org.multivector.source.@NonNull Source> source(@Source List<Evidence> parents) {
        return Batch.lookup(parents, quote -> quote.sourceId, sources::findByIds);
    }
}
