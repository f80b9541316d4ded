package org.multivector.common;

import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

/**
 * Completes SmallRye GraphQL's engine set-up (registered in META-INF/services): keeps its query
 * depth and complexity limits and its document cache in one instrumentation of the operation,
 * which also times it and reviews its errors ({@link OperationInstrumentation}), serves plain
 * and batched fields with lean fetchers ({@link PlainFieldFetchers}, {@link BatchFieldFetchers})
 * and keeps SmallRye from copying each selection for the resolvers ({@link SelectionBlindFetcher}).
 */
// SmallRye loads it with java.util.ServiceLoader, by reflection, in a native executable too.
@RegisterForReflection
public class GraphQLSetup implements EventingService {

    @Override
    public String getConfigKey() {
        // always on
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // The builder cannot hand back what SmallRye set (the depth and complexity limits, and the
        // cache of parsed and validated documents), but a GraphQL built from it can.
        GraphQL smallRyes = builder.build();
        return builder
                .schema(withLeanFetchers(smallRyes.getGraphQLSchema()))
                .instrumentation(OperationInstrumentation.replacing(smallRyes.getInstrumentation()));
    }

    /** The schema with SmallRye's plain and batch fetchers replaced where a lean one serves the field. */
    private static GraphQLSchema withLeanFetchers(GraphQLSchema schema) {
        BatchFieldFetchers batchFetchers = BatchFieldFetchers.ofApi();
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry.Builder lean = GraphQLCodeRegistry.newCodeRegistry(registry);
        if (Config.FIELD_VISIBILITY_DEFAULT.equals(Config.get().getFieldVisibility())) {
            // SmallRye turns the setting's default, "default", into a block on fields named
            // "default", which none is, and graphql-java tries it on every field of every response.
            lean.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
        }
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                    DataFetcher<?> smallRyes = registry.getDataFetcher(coordinates, field);
                    DataFetcher<?> replacement = PlainFieldFetchers.replacing(field, smallRyes);
                    if (replacement == null) {
                        replacement = batchFetchers.replacing(coordinates, smallRyes);
                    }
                    if (replacement == null) {
                        replacement = SelectionBlindFetcher.replacing(smallRyes);
                    }
                    if (replacement != null) {
                        lean.dataFetcher(coordinates, replacement);
                    }
                }
            }
        }
        return schema.transform(builder -> builder.codeRegistry(lean.build()));
    }
}
