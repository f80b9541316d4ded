package org.multivector.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.datafetcher.AbstractDataFetcher;
import io.smallrye.graphql.schema.model.Execute;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.OperationType;
import io.smallrye.graphql.schema.model.Reference;

/**
 * SmallRye's resolver fetchers are shown no selection below their field (they copy it as JSON on
 * every call), and everything else of the request as it is.
 */
class SelectionBlindFetcherTest {

    private static final String SCHEMA = """
            type Query {
              actor(name: String!): Actor
            }
            type Actor {
              name: String!
              kind: String
            }
            """;

    private static final String QUERY = """
            query Actor($name: String!) {
              actor(name: $name) {
                name
                kind
              }
            }
            """;

    @Test
    void aFetcherOtherThanSmallRyesResolverFetcherIsNotWrapped() {
        DataFetcher<Object> plain = environment -> "plain";
        assertNull(SelectionBlindFetcher.replacing(plain));
    }

    @Test
    void smallRyesResolverFetcherIsWrapped() {
        DataFetcher<?> wrapper = SelectionBlindFetcher.replacing(new SmallRyesResolverFetcher());
        assertNotNull(wrapper);
        assertFalse(wrapper instanceof AbstractDataFetcher<?, ?>, "a wrapper, not SmallRye's fetcher itself");
    }

    @Test
    void theResolverSeesNoSelectionAndEverythingElseAsItWas() {
        SmallRyesResolverFetcher smallRyes = new SmallRyesResolverFetcher();
        DataFetcher<?> wrapper = SelectionBlindFetcher.replacing(smallRyes);
        DataFetchingEnvironment[] original = new DataFetchingEnvironment[1];
        DataFetcher<Object> recordingTheOriginal = environment -> {
            original[0] = environment;
            return wrapper.get(environment);
        };

        ExecutionResult result = graphQL(recordingTheOriginal).execute(input -> input
                .query(QUERY)
                .variables(Map.of("name", "Kazakhstan"))
                .root("the root"));

        assertEquals(List.of(), result.getErrors());
        assertEquals(Map.of("actor", Map.of("name", "Kazakhstan", "kind", "STATE")), result.getData(),
                "the wrapped fetcher's answer");
        // the query selects fields below actor: the original environment shows them
        assertTrue(original[0].getSelectionSet().contains("name"));

        DataFetchingEnvironment seen = smallRyes.received;
        DataFetchingFieldSelectionSet selection = seen.getSelectionSet();
        assertEquals(List.of(), selection.getFields());
        assertEquals(List.of(), selection.getImmediateFields());
        assertEquals(List.of(), selection.getFields("name"));
        assertEquals(Map.of(), selection.getFieldsGroupedByResultKey());
        assertFalse(selection.contains("name"));
        assertFalse(selection.containsAnyOf("name", "kind"));
        assertFalse(selection.containsAllOf("name", "kind"));

        assertEquals(Map.of("name", "Kazakhstan"), seen.getArguments());
        assertEquals("Kazakhstan", seen.<String>getArgument("name"));
        assertSame(original[0].<Object>getSource(), seen.getSource());
        assertEquals("the root", seen.<Object>getSource());
        assertSame(original[0].getField(), seen.getField());
        assertSame(original[0].getFieldDefinition(), seen.getFieldDefinition());
        assertSame(original[0].getExecutionStepInfo(), seen.getExecutionStepInfo());
        assertSame(original[0].getDataLoaderRegistry(), seen.getDataLoaderRegistry());
        assertSame(original[0].getGraphQlContext(), seen.getGraphQlContext());
    }

    @Test
    void whatTheResolverThrowsReachesTheCaller() {
        SmallRyesResolverFetcher smallRyes = new SmallRyesResolverFetcher();
        smallRyes.failure = new IllegalStateException("resolver failed");
        ExecutionResult result = graphQL(SelectionBlindFetcher.replacing(smallRyes)).execute(input -> input
                .query(QUERY)
                .variables(Map.of("name", "Kazakhstan")));

        assertEquals(1, result.getErrors().size(), result.getErrors().toString());
        assertTrue(result.getErrors().get(0).getMessage().contains("resolver failed"),
                result.getErrors().get(0).getMessage());
    }

    private static GraphQL graphQL(DataFetcher<?> actorFetcher) {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("actor", actorFetcher))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring);
        return GraphQL.newGraphQL(schema).build();
    }

    /** The resolver method that {@link SmallRyesResolverFetcher}'s operation names. */
    public static final class ActorResolver {
        public String actor() {
            return "Kazakhstan";
        }
    }

    /**
     * Passes as one of SmallRye's resolver fetchers (the wrapper is only made for that class), and
     * keeps the environment it was handed.
     */
    private static final class SmallRyesResolverFetcher extends AbstractDataFetcher<Object, Object> {

        DataFetchingEnvironment received;
        RuntimeException failure;

        SmallRyesResolverFetcher() {
            super(new Operation(ActorResolver.class.getName(), "actor", null, "actor", new Reference(),
                    OperationType.QUERY, Execute.BLOCKING), null);
        }

        @Override
        public Object get(DataFetchingEnvironment environment) {
            received = environment;
            if (failure != null) {
                throw failure;
            }
            return DataFetcherResult.newResult()
                    .data(Map.of("name", environment.getArgument("name"), "kind", "STATE"))
                    .build();
        }

        @Override
        protected <T> T invokeAndTransform(Context context, DataFetchingEnvironment environment,
                DataFetcherResult.Builder<Object> result, Object[] arguments) {
            throw new UnsupportedOperationException("get is overridden");
        }

        @Override
        protected <T> T invokeFailure(DataFetcherResult.Builder<Object> result) {
            throw new UnsupportedOperationException("get is overridden");
        }

        @Override
        protected CompletionStage<List<Object>> invokeBatch(DataFetchingEnvironment environment, Object[] arguments) {
            throw new UnsupportedOperationException("get is overridden");
        }
    }
}
