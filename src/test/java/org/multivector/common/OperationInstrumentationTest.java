package org.multivector.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import io.smallrye.graphql.execution.QueryCache;

/** The engine's instrumentation replaces SmallRye's chain only where it knows every member. */
class OperationInstrumentationTest {

    @Test
    void theDocumentCacheAndBothLimitsAreTakenOver() {
        Instrumentation smallRyes = new ChainedInstrumentation(List.of(new MaxQueryComplexityInstrumentation(1000),
                new MaxQueryDepthInstrumentation(15), new QueryCache()));
        assertInstanceOf(OperationInstrumentation.class, OperationInstrumentation.replacing(smallRyes));
    }

    @Test
    void aChainWithOtherMembersOrWithoutALimitIsKeptAndFollowed() {
        List<Instrumentation> chains = List.of(
                new ChainedInstrumentation(List.of(new MaxQueryComplexityInstrumentation(1000),
                        new MaxQueryDepthInstrumentation(15), new QueryCache(), new SimplePerformantInstrumentation())),
                new ChainedInstrumentation(List.of(new MaxQueryDepthInstrumentation(15), new QueryCache())));
        for (Instrumentation smallRyes : chains) {
            ChainedInstrumentation engine = assertInstanceOf(ChainedInstrumentation.class,
                    OperationInstrumentation.replacing(smallRyes));
            assertEquals(2, engine.getInstrumentations().size());
            assertSame(smallRyes, engine.getInstrumentations().get(0));
            assertInstanceOf(OperationInstrumentation.class, engine.getInstrumentations().get(1));
        }
    }
}
