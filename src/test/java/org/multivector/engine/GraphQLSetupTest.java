package org.multivector.engine;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.multivector.config.MultivectorConfig;
import org.multivector.support.GraphQL;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Schema;

/**
 * The engine layer serves requests exactly when the configuration switches it on (the build's
 * engine-off run switches it off), and GraphQL answers either way.
 */
@QuarkusTest
class GraphQLSetupTest {

    private static final String KAZAKHSTAN = """
            {
              actor(name: "Kazakhstan") {
                name
              }
            }
            """;

    @Inject
    MultivectorConfig config;

    @Test
    void everyClassTheLayerNamesIsOnTheClasspath() {
        // a class gone upstream would switch the layer off with a warning
        assertNull(GraphQLSetup.missingClass());
    }

    @Test
    void theLayerIsActiveExactlyWhenConfiguredAndAQueryAnswersEitherWay() {
        // the query first: it makes sure SmallRye has built its engine, when the layer decides
        GraphQL.query(KAZAKHSTAN)
                .body("errors", nullValue())
                .body("data.actor.name", equalTo("Kazakhstan"));
        assertEquals(config.engine().enabled(), GraphQLSetup.active(),
                "multivector.engine.enabled=" + config.engine().enabled());
    }

    @Test
    void smallRyeMakesRequestLoadersOnlyWhileTheLayerIsOff() {
        GraphQL.query(KAZAKHSTAN).body("errors", nullValue());
        // SmallRye makes a DataLoader for each of these on every request
        List<String> batchOperations = Arc.container().instance(Schema.class).get().getBatchOperations().stream()
                .map(Operation::getName).toList();
        if (GraphQLSetup.active()) {
            assertEquals(List.of(), batchOperations, "the layer serves every batch field with loaders of its own");
        } else {
            assertTrue(batchOperations.contains("memberships"), batchOperations.toString());
        }
    }
}
