package org.multivector.engine;

import java.util.HashSet;
import java.util.Set;

import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.smallrye.graphql.execution.datafetcher.AbstractDataFetcher;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.spi.config.Config;

/**
 * The engine layer put together from what SmallRye built: its schema with the lean fetchers in
 * place of SmallRye's, and the one instrumentation in place of its chain. Each part checks that
 * SmallRye built what it was written against, and {@link #replacing} fails with a
 * {@link Mismatch} at the first thing that differs, before anything is replaced.
 */
final class LeanEngine {

    /** What SmallRye built is not what the engine layer was written against: it stays off. */
    static final class Mismatch extends Exception {
        Mismatch(String reason) {
            super(reason, null, false, false);
        }
    }

    private final LeanSchema lean;
    private final OperationInstrumentation instrumentation;

    private LeanEngine(LeanSchema lean, OperationInstrumentation instrumentation) {
        this.lean = lean;
        this.instrumentation = instrumentation;
    }

    /** The schema with the lean fetchers, and the batch fields they serve in place of SmallRye's. */
    private record LeanSchema(GraphQLSchema schema, Set<FieldCoordinates> batchFieldsServed) {
    }

    /** The lean engine in place of SmallRye's {@code built}, or a {@link Mismatch} that says why not. */
    static LeanEngine replacing(GraphQL built) throws Mismatch {
        Config config = Config.get();
        if (config.isMetricsEnabled() || config.isTracingEnabled() || config.isEventsEnabled()) {
            throw new Mismatch("SmallRye's metrics, tracing or events are on, and the engine's fetchers emit none");
        }
        OperationInstrumentation instrumentation = OperationInstrumentation.replacing(built.getInstrumentation());
        return new LeanEngine(withLeanFetchers(built.getGraphQLSchema(), config), instrumentation);
    }

    GraphQLSchema schema() {
        return lean.schema();
    }

    /** The batch fields the layer's loaders serve: SmallRye's loaders for them go unused. */
    Set<FieldCoordinates> batchFieldsServed() {
        return lean.batchFieldsServed();
    }

    OperationInstrumentation instrumentation() {
        return instrumentation;
    }

    /**
     * The schema with SmallRye's plain and batch fetchers replaced where a lean one serves the
     * field, and its resolver fetchers shown no selection; a mismatch where SmallRye serves no
     * field with a fetcher the engine knows, or a batch method of the API with another fetcher.
     */
    private static LeanSchema withLeanFetchers(GraphQLSchema schema, Config config) throws Mismatch {
        BatchFieldFetchers batchFetchers = BatchFieldFetchers.ofApi();
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry.Builder lean = GraphQLCodeRegistry.newCodeRegistry(registry);
        if (Config.FIELD_VISIBILITY_DEFAULT.equals(config.getFieldVisibility())) {
            // SmallRye turns the setting's default, "default", into a block on fields named
            // "default", which none is, and graphql-java tries it on every field of every response.
            lean.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
        }
        int plain = 0;
        int resolvers = 0;
        Set<FieldCoordinates> batched = new HashSet<>();
        Set<FieldCoordinates> batchedServed = new HashSet<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                    DataFetcher<?> smallRyes = registry.getDataFetcher(coordinates, field);
                    DataFetcher<?> replacement = null;
                    if (smallRyes instanceof FieldDataFetcher) {
                        plain++;
                        replacement = PlainFieldFetchers.replacing(field, smallRyes);
                    } else if (smallRyes instanceof BatchDataFetcher) {
                        batched.add(coordinates);
                        replacement = batchFetchers.replacing(coordinates);
                        if (replacement != null) {
                            batchedServed.add(coordinates);
                        }
                    } else if (smallRyes instanceof AbstractDataFetcher) {
                        resolvers++;
                        replacement = SelectionBlindFetcher.replacing(smallRyes);
                    }
                    if (replacement != null) {
                        lean.dataFetcher(coordinates, replacement);
                    }
                }
            }
        }
        if (plain == 0 || resolvers == 0) {
            throw new Mismatch("SmallRye serves no field with its FieldDataFetcher or no query with its"
                    + " AbstractDataFetcher (" + plain + " and " + resolvers + " found)");
        }
        Set<FieldCoordinates> unmatched = new HashSet<>(batchFetchers.fields());
        unmatched.removeAll(batched);
        if (!unmatched.isEmpty()) {
            throw new Mismatch("SmallRye does not serve these batch fields with its BatchDataFetcher: " + unmatched);
        }
        Set<FieldCoordinates> unknown = new HashSet<>(batched);
        unknown.removeAll(batchFetchers.fields());
        if (!unknown.isEmpty()) {
            throw new Mismatch("SmallRye serves these fields in batches, which no @Source List method of the API"
                    + " was found for: " + unknown);
        }
        return new LeanSchema(schema.transform(builder -> builder.codeRegistry(lean.build())), Set.copyOf(batchedServed));
    }
}
