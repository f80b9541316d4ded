package org.multivector.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance;
import io.smallrye.graphql.execution.QueryCache;

/** The engine's instrumentation replaces SmallRye's chain only where it knows every member; else the layer stays off. */
class OperationInstrumentationTest {

    @Test
    void theDocumentCacheAndBothLimitsAreTakenOver() throws LeanEngine.Mismatch {
        Instrumentation smallRyes = new ChainedInstrumentation(List.of(new MaxQueryComplexityInstrumentation(1000),
                new MaxQueryDepthInstrumentation(15), new QueryCache()));
        assertInstanceOf(OperationInstrumentation.class, OperationInstrumentation.replacing(smallRyes));
    }

    @Test
    void aChainWithOtherMembersOrWithoutALimitIsAMismatch() {
        Instrumentation withFederationTracing = new ChainedInstrumentation(List.of(
                new MaxQueryComplexityInstrumentation(1000), new MaxQueryDepthInstrumentation(15), new QueryCache(),
                new SimplePerformantInstrumentation()));
        LeanEngine.Mismatch other = assertThrows(LeanEngine.Mismatch.class,
                () -> OperationInstrumentation.replacing(withFederationTracing));
        assertTrue(other.getMessage().contains(SimplePerformantInstrumentation.class.getName()), other.getMessage());
        Instrumentation withoutComplexityLimit = new ChainedInstrumentation(List.of(new MaxQueryDepthInstrumentation(15),
                new QueryCache()));
        LeanEngine.Mismatch lacking = assertThrows(LeanEngine.Mismatch.class,
                () -> OperationInstrumentation.replacing(withoutComplexityLimit));
        assertTrue(lacking.getMessage().contains("lacks"), lacking.getMessage());
    }

    @Test
    void anOperationLeftWithoutLoadersGetsARegistryOfItsOwnAndARegistryGivenStays() throws LeanEngine.Mismatch {
        OperationInstrumentation instrumentation = OperationInstrumentation.replacing(new ChainedInstrumentation(List.of(
                new MaxQueryComplexityInstrumentation(1000), new MaxQueryDepthInstrumentation(15), new QueryCache())));
        ExecutionInput withoutLoaders = ExecutionInput.newExecutionInput("{ revision }").build();
        assertSame(EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY, withoutLoaders.getDataLoaderRegistry());

        DataLoaderRegistry given = instrumentation.instrumentExecutionInput(withoutLoaders, null, null)
                .getDataLoaderRegistry();
        // graphql-java's empty registry refuses loaders; the layer's fetchers register theirs as fields need them
        given.computeIfAbsent("memberships", name -> DataLoaderFactory.newDataLoader(
                (List<Object> keys) -> CompletableFuture.completedFuture(keys)));
        assertEquals(Set.of("memberships"), given.getKeys());
        DataLoaderRegistry another = instrumentation.instrumentExecutionInput(withoutLoaders, null, null)
                .getDataLoaderRegistry();
        assertNotSame(given, another, "each operation its own");

        DataLoaderRegistry smallRyes = new DataLoaderRegistry();
        ExecutionInput withLoaders = ExecutionInput.newExecutionInput("{ revision }").dataLoaderRegistry(smallRyes).build();
        assertSame(smallRyes, instrumentation.instrumentExecutionInput(withLoaders, null, null).getDataLoaderRegistry());
    }

    @Test
    void resultDataGoesToSmallRyeAsAJsonViewAndAResultWithoutDataAsItIs()
            throws LeanEngine.Mismatch, InterruptedException, ExecutionException {
        OperationInstrumentation instrumentation = OperationInstrumentation.replacing(new ChainedInstrumentation(List.of(
                new MaxQueryComplexityInstrumentation(1000), new MaxQueryDepthInstrumentation(15), new QueryCache())));

        ExecutionResult withData = ExecutionResultImpl.newExecutionResult().data(Map.of("revision", 7)).build();
        Object handed = instrumentation.instrumentExecutionResult(withData, null, null).get().getData();
        assertInstanceOf(JsonResultView.ObjectView.class, handed);
        assertEquals("{\"revision\":7}", handed.toString());

        ExecutionResult withoutData = ExecutionResultImpl.newExecutionResult().data(null).build();
        assertNull(instrumentation.instrumentExecutionResult(withoutData, null, null).get().getData());
    }
}
