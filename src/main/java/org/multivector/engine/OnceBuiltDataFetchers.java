package org.multivector.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDataFetcherService;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Quarkus's data fetchers, those of resolver methods built once per operation while the engine
 * layer is on (registered in META-INF/services, asked before Quarkus's own service, to which it
 * hands every other call). SmallRye asks for a new batch loader of every {@code @Source List}
 * operation on every request, to fill that request's DataLoader registry, and Quarkus builds
 * each by looking its method up by reflection: 7% of the time of a simple list query
 * (bench/RESULTS.md). The fetchers hold no request state, so one per operation serves every
 * request.
 */
// SmallRye loads it with java.util.ServiceLoader, by reflection, in a native executable too.
@RegisterForReflection
public class OnceBuiltDataFetchers implements DataFetcherService {

    private final DataFetcherService quarkus = new QuarkusDataFetcherService();

    private final Map<Key, PlugableBatchableDataFetcher<?, ?>> built = new ConcurrentHashMap<>();

    @Override
    public Integer getPriority() {
        // before Quarkus's own service, which has 1
        return 0;
    }

    @Override
    public PlugableBatchableDataFetcher getDefaultDataFetcher(Operation operation, Type type) {
        if (!GraphQLSetup.active()) {
            return quarkus.getDefaultDataFetcher(operation, type);
        }
        return built.computeIfAbsent(new Key(operation), key -> quarkus.getDefaultDataFetcher(operation, type));
    }

    @Override
    public PlugableBatchableDataFetcher getUniDataFetcher(Operation operation, Type type) {
        return quarkus.getUniDataFetcher(operation, type);
    }

    @Override
    public PlugableBatchableDataFetcher getCompletionStageDataFetcher(Operation operation, Type type) {
        return quarkus.getCompletionStageDataFetcher(operation, type);
    }

    /** An operation by identity: its own equals and hashCode compare all it holds. */
    private record Key(Operation operation) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.operation == operation;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(operation);
        }
    }
}
