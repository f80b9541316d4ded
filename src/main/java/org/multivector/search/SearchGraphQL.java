package org.multivector.search;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.multivector.common.SearchHit;
import org.multivector.config.MultivectorConfig;
import org.multivector.errors.InvalidArgumentException;
import org.multivector.evidence.Certainty;

@GraphQLApi
public class SearchGraphQL {

    @Inject
    SearchService search;

    @Inject
    MultivectorConfig config;

    @Query("search")
    @Description("Actors and facts matching a text, best match first: names and aliases, descriptions, "
            + "measure texts, relation types, evidence quotes and the passages that mention actors, case-insensitively.")
    public @NonNull List<@NonNull SearchHit> search(
            @NonNull @Description("Words to look for; every word must occur.") String text,
            @Description("How many hits at most: 1 to the configured maximum (50 by default); 10 when omitted.") Integer first,
            @Description("Only facts stated with one of these certainties; all when omitted. Actors, not being "
                    + "claims, are found either way.") List<Certainty> certainty) {
        int size = first == null ? config.search().defaultSize() : first;
        if (size < 1 || size > config.search().maxSize()) {
            throw new InvalidArgumentException("Argument 'first' must be between 1 and " + config.search().maxSize()
                    + ", got " + first);
        }
        return search.search(text, size, Certainty.filter(certainty, "certainty"));
    }
}
