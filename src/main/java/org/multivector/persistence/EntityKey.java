package org.multivector.persistence;

/**
 * A record as readers see it: its GraphQL type name ({@code Actor}, {@code Membership} ...) and
 * its id. A write to a name or a quote changes the record it belongs to.
 */
public record EntityKey(String entity, long id) {
}
