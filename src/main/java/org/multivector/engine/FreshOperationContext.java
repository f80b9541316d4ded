package org.multivector.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;

import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/**
 * Gives every GraphQL operation a SmallRye context of its own, engine layer on or off. SmallRye
 * keeps the running operation's context in an {@code InheritableThreadLocal} and, when the thread
 * already holds one, puts the next request into that same object
 * ({@code SmallRyeContextManager.fromInitialRequest}) before it reads the query and variables
 * back. A worker thread that the pool starts while its creator holds a context inherits that very
 * object, so two operations running at once on two such threads share it and can read each
 * other's variables: a write ran twice with its own and another never ran (ConcurrentWritesTest,
 * two of 31 local runs of CI's writable classes on PostgreSQL, 2026-12-07). Quarkus's GraphQL
 * handler activates the request context on the worker thread just before SmallRye reads the
 * request, so the thread's inherited or left-over context is dropped there.
 */
@ApplicationScoped
class FreshOperationContext {

    void dropHeldContext(@Observes @Initialized(RequestScoped.class) Object requestContext) {
        SmallRyeContextManager.clearCurrentSmallRyeContext();
    }
}
