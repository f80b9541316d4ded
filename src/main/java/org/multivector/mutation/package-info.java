/**
 * The GraphQL mutations, one class per kind of record: each checks its input, turns it into the
 * write model's draft and calls {@link org.multivector.fact.Facts}. The queries of each kind stay
 * in its feature package; the writes are here because the write model sits above the features.
 */
package org.multivector.mutation;
