package org.multivector.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import graphql.GraphQL;
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
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA),
                RuntimeWiring.newRuntimeWiring().build());
        GraphQL graphQLJavasDefault = GraphQL.newGraphQL(schema).build();
        Instrumentation instrumentation = graphQLJavasDefault.getInstrumentation();

        LeanEngine.Mismatch mismatch = assertThrows(LeanEngine.Mismatch.class,
                () -> LeanEngine.replacing(graphQLJavasDefault));

        // the warning logged must let an operator see what SmallRye set up instead
        assertTrue(mismatch.getMessage().contains(instrumentation.getClass().getName()), mismatch.getMessage());
    }
}
