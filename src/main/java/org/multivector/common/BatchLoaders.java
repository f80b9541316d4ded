package org.multivector.common;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/**
 * Batching for nested fields that take arguments. SmallRye's {@code @Source List<Parent>}
 * batching keys its loader on the parent alone and applies the first field's arguments to the
 * whole batch, so {@code a: memberships(status: MEMBER) b: memberships} would share one answer.
 * Here the key is the parent together with the arguments, and each level of the query still
 * costs one call of the batch function.
 */
@ApplicationScoped
public class BatchLoaders {

    @Inject
    Context context;

    /**
     * Queues {@code key} on this request's loader {@code name}; the loader answers all keys
     * queued at one level of the query with one call of {@code batch}.
     *
     * @param batch answers a list of keys with a list of values in the same order
     */
    public <K, V> CompletionStage<V> load(String name, K key, Function<List<K>, List<V>> batch) {
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        // Requests run on a worker thread (nonblocking.enabled=false): the batch runs when dispatched.
        BatchLoader<K, V> batchLoader = keys -> CompletableFuture.completedFuture(batch.apply(keys));
        DataLoader<K, V> loader = environment.getDataLoaderRegistry().computeIfAbsent(name,
                ignored -> DataLoaderFactory.newDataLoader(batchLoader));
        return loader.load(key);
    }
}
