package org.multivector.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/**
 * A worker thread started while its creator ran an operation inherits the creator's SmallRye
 * context; the operation it then serves must still get a context of its own, or the two read each
 * other's query and variables.
 */
@QuarkusTest
class FreshOperationContextTest {

    @Test
    void anOperationOnAThreadThatInheritedAContextReadsItsOwnRequest() throws Exception {
        SmallRyeContext creatorContext = SmallRyeContextManager.fromInitialRequest(
                Json.createObjectBuilder().add("query", "{ revision }").build());
        try {
            AtomicReference<SmallRyeContext> workerContext = new AtomicReference<>();
            // A new thread inherits the creator's context, as a pool's new worker does.
            Thread worker = new Thread(() -> {
                ManagedContext requestContext = Arc.container().requestContext();
                // What Quarkus's GraphQL handler does before SmallRye reads the request.
                requestContext.activate();
                try {
                    workerContext.set(SmallRyeContextManager.fromInitialRequest(
                            Json.createObjectBuilder().add("query", "{ sources { id } }").build()));
                } finally {
                    requestContext.terminate();
                    SmallRyeContextManager.clearCurrentSmallRyeContext();
                }
            });
            worker.start();
            worker.join();

            assertNotNull(workerContext.get());
            assertNotSame(creatorContext, workerContext.get(), "the worker's operation got the creator's context");
            assertEquals("{ sources { id } }", workerContext.get().getRequest().getString("query"));
            assertEquals("{ revision }", creatorContext.getRequest().getString("query"), "the creator's request was overwritten");
        } finally {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
        }
    }
}
