package org.multivector.common;

import org.eclipse.microprofile.graphql.Description;

import io.smallrye.graphql.api.Union;

/** One result of {@code search}: an actor or a fact. */
@Union("SearchHit")
@Description("A search result: an actor or an evidenced fact.")
public interface SearchHit {
}
