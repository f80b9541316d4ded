package org.multivector.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/**
 * The lean engine is only put together from what SmallRye builds: an engine built otherwise is a
 * mismatch, found before anything is replaced, and its message says what differs.
 */
class LeanEngineTest {

    private static final String SCHEMA = """
            type Query {
              actor(name: String!): Actor
            }
            type Actor {
              name: String!
            }
            """;

    @Test
    void anEngineWithoutSmallRyesInstrumentationIsAMismatchThatNamesWhatItHolds() {
        GraphQLSchema schema = schema();
        GraphQL graphQLJavasDefault = GraphQL.newGraphQL(schema).build();
        Instrumentation instrumentation = graphQLJavasDefault.getInstrumentation();

        LeanEngine.Mismatch mismatch = assertThrows(LeanEngine.Mismatch.class,
                () -> LeanEngine.replacing(graphQLJavasDefault));

        // the warning logged must let an operator see what SmallRye set up instead
        assertTrue(mismatch.getMessage().contains(instrumentation.getClass().getName()), mismatch.getMessage());
    }

    @Test
    void aMismatchLeavesSmallRyesEngineWholeFollowedByTheReviewAndTheLayerOff() {
        GraphQLSchema schema = schema();
        GraphQL.Builder builder = GraphQL.newGraphQL(schema);
        Instrumentation smallRyes = builder.build().getInstrumentation();

        GraphQLSetup.SetUp setUp = GraphQLSetup.setUp(builder, true);

        assertFalse(setUp.active(), "never half on");
        assertTrue(setUp.mismatch().contains(smallRyes.getClass().getName()), setUp.mismatch());
        GraphQL built = setUp.builder().build();
        assertSame(schema, built.getGraphQLSchema(), "SmallRye's schema and fetchers, untouched");
        ChainedInstrumentation chain = assertInstanceOf(ChainedInstrumentation.class, built.getInstrumentation());
        assertEquals(2, chain.getInstrumentations().size());
        assertSame(OperationReview.INSTANCE, chain.getInstrumentations().get(1), "the timer and error review follow");
    }

    @Test
    void switchedOffTheLayerIsNotTriedAndNoMismatchIsReported() {
        GraphQLSchema schema = schema();

        GraphQLSetup.SetUp setUp = GraphQLSetup.setUp(GraphQL.newGraphQL(schema), false);

        assertFalse(setUp.active());
        assertNull(setUp.mismatch());
        assertSame(schema, setUp.builder().build().getGraphQLSchema());
    }

    private static GraphQLSchema schema() {
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA),
                RuntimeWiring.newRuntimeWiring().build());
    }
}
