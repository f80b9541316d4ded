package org.multivector.evidence;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.multivector.actor.Actor;
import org.multivector.config.MultivectorConfig;
import org.multivector.engine.Reference;
import org.multivector.errors.InvalidArgumentException;
import org.multivector.input.Ids;
import org.multivector.paging.PageRequest;
import org.multivector.persistence.PastRecords;
import org.multivector.source.SourceService;

/**
 * The source of every piece of evidence and the text around it, in batches; each fact type declares its own
 * {@code evidence} field.
 */
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

    @Query("evidence")
    @Description("The passages with these ids (the `id` of a fact's `evidence` or of a mention), in the order asked: "
            + "null for an id no passage has. At most 100 ids at once. A client that lists many facts can ask for "
            + "their quotes' ids alone, and for the quotes, sources and contexts of the one a reader opens.")
    // Strings, not IDs: SmallRye GraphQL 2 cannot coerce a list argument marked @Id ("Unknown Scalar Type").
    public @NonNull List<Evidence> evidenceByIds(
            @Name("ids") @Description("Ids of passages (`Evidence.id`), as strings.") @NonNull List<@NonNull String> ids) {
        if (ids.size() > config.paging().maxSize()) {
            throw new InvalidArgumentException("Argument 'ids' may name at most " + config.paging().maxSize()
                    + " passages; got " + ids.size());
        }
        return evidence.byIds(ids.stream().map(id -> Ids.parse(id, "ids")).toList());
    }

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

    @Name("context")
    @Description("The quote with up to `chars` characters of its source on each side (200 when omitted, at most "
            + "2,000; one more where the cut would split a character written as two UTF-16 code units): enough to "
            + "read it in context without fetching the whole source.")
    public List<@NonNull QuoteContext> context(@Source List<Evidence> parents,
            @Name("chars") @Description("Characters on each side of the quote: 0 to 2,000; 200 when omitted.") Integer chars) {
        int around = chars == null ? QuoteContext.DEFAULT_CHARS : chars;
        if (around < 0 || around > QuoteContext.MAX_CHARS) {
            throw new InvalidArgumentException("Argument 'chars' must be from 0 to " + QuoteContext.MAX_CHARS + "; got " + chars);
        }
        List<org.multivector.source.Source> texts = source(parents);
        List<QuoteContext> contexts = new ArrayList<>(parents.size());
        for (int i = 0; i < parents.size(); i++) {
            contexts.add(QuoteContext.around(parents.get(i), texts.get(i).text, around));
        }
        return contexts;
    }
}
