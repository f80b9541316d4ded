package org.multivector.engine;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Comparator;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.multivector.source.SourceGraphQL;
import org.multivector.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.schema.model.Execute;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.OperationType;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * SmallRye asks its data-fetcher services for a batch loader of every batched operation on every
 * request; the first it asks hands out one per operation, built once.
 */
@QuarkusTest
class OnceBuiltDataFetchersTest {

    @Test
    void theFirstServiceSmallRyeAsksBuildsOneFetcherPerOperationWhileTheLayerIsOn() {
        // a query first: SmallRye builds its engine, and the layer decides, on the first request
        GraphQL.query("{ sources { id } }").body("errors", nullValue());
        OnceBuiltDataFetchers fetchers = firstService();
        Operation sources = sourcesOperation();
        Object built = fetchers.getDefaultDataFetcher(sources, null);
        if (GraphQLSetup.active()) {
            assertSame(built, fetchers.getDefaultDataFetcher(sources, null), "the same operation, the same fetcher");
            assertNotSame(built, fetchers.getDefaultDataFetcher(sourcesOperation(), null),
                    "another operation, even an equal one, its own fetcher");
        } else {
            assertNotSame(built, fetchers.getDefaultDataFetcher(sources, null),
                    "with the layer off, a new fetcher on every call, as Quarkus's own service gives");
        }
    }

    /** The service SmallRye's DataFetcherFactory asks first: the lowest priority. */
    private static OnceBuiltDataFetchers firstService() {
        DataFetcherService first = ServiceLoader.load(DataFetcherService.class).stream()
                .map(ServiceLoader.Provider::get)
                .min(Comparator.comparing(DataFetcherService::getPriority))
                .orElseThrow();
        return assertInstanceOf(OnceBuiltDataFetchers.class, first);
    }

    private static Operation sourcesOperation() {
        return new Operation(SourceGraphQL.class.getName(), "sources", null, "sources", new Reference(),
                OperationType.QUERY, Execute.BLOCKING);
    }
}
