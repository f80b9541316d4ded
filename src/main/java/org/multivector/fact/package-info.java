/**
 * The write model: every write of the service goes through here, whether it comes from a GraphQL
 * mutation ({@code org.multivector.mutation}, through {@link org.multivector.fact.Facts}) or from
 * an import ({@code org.multivector.dataset}, through {@link org.multivector.fact.FactWriter}).
 * A write asks in {@link org.multivector.fact.Drafts}, naming actors, events and sources as a
 * person does; the rules that make it a fact (names and aliases unique, evidence found verbatim
 * in its source, dates partial ISO dates, nothing deleted that a fact still names) live here and
 * nowhere else. It knows neither GraphQL inputs nor import files.
 */
package org.multivector.fact;
