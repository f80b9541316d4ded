package org.multivector.engine;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.DelegatingDataFetchingEnvironment;
import graphql.schema.SelectedField;
import io.smallrye.graphql.execution.datafetcher.AbstractDataFetcher;

/**
 * SmallRye's fetcher of a resolver method, shown no selection below its field. For each call
 * SmallRye copies the whole selection below the field into its request context, as JSON, twice,
 * for resolvers that ask for it through {@code io.smallrye.graphql.api.Context}: on a page of
 * actors that was about 7% of the request's time. No resolver here reads it; everything else
 * (arguments, invocation, errors, results) is SmallRye's as before.
 */
final class SelectionBlindFetcher implements DataFetcher<Object> {

    private final DataFetcher<?> smallRyes;

    private SelectionBlindFetcher(DataFetcher<?> smallRyes) {
        this.smallRyes = smallRyes;
    }

    /** The wrapper for SmallRye's resolver-method fetchers; null for any other fetcher. */
    static DataFetcher<?> replacing(DataFetcher<?> smallRyes) {
        return smallRyes instanceof AbstractDataFetcher<?, ?> ? new SelectionBlindFetcher(smallRyes) : null;
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        return smallRyes.get(new DelegatingDataFetchingEnvironment(environment) {
            @Override
            public DataFetchingFieldSelectionSet getSelectionSet() {
                return NoSelection.INSTANCE;
            }
        });
    }

    /** A selection of no fields. */
    private enum NoSelection implements DataFetchingFieldSelectionSet {
        INSTANCE;

        @Override
        public boolean contains(String fieldGlobPattern) {
            return false;
        }

        @Override
        public boolean containsAnyOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return false;
        }

        @Override
        public boolean containsAllOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return false;
        }

        @Override
        public List<SelectedField> getFields() {
            return List.of();
        }

        @Override
        public List<SelectedField> getImmediateFields() {
            return List.of();
        }

        @Override
        public List<SelectedField> getFields(String fieldGlobPattern, String... fieldGlobPatterns) {
            return List.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey() {
            return Map.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey(String fieldGlobPattern,
                String... fieldGlobPatterns) {
            return Map.of();
        }
    }
}
