package org.multivector.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;

import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/**
 * Gives every GraphQL operation that comes over HTTP a SmallRye context of its own, engine layer on
 * or off. SmallRye keeps the running operation's context in an {@code InheritableThreadLocal} and,
 * when the thread already holds one, puts the next request into that same object
 * ({@code SmallRyeContextManager.fromInitialRequest}) before it reads the query and variables
 * back. A thread started while its creator holds a context inherits that very object, so two
 * operations at once on two such threads would share it and read each other's variables. Seen:
 * one write's variables ran twice and another's never (ConcurrentWritesTest, two of 31 local runs
 * of CI's writable classes on PostgreSQL, 2026-12-07), while event-loop threads held the contexts
 * of the subscriptions they serve; that an inherited context caused it is inferred. Quarkus's
 * GraphQL handler activates the request context on the worker thread just before SmallRye reads
 * the request, so the context the thread holds is dropped there. Operations over WebSocket start
 * on the event loop without a new request context and are not covered: there SmallRye sets and
 * reads each request within one event-loop task, which no other operation on that loop interrupts.
 * Not every way is covered: one more crossing was seen after this (ConcurrentWritesTest in a
 * clean-clone CI run on H2, 2026-12-07: a write answered with another's name), not reproduced in
 * 4,800 concurrent writes since; for one, the handler activates the request context, and so fires
 * the event observed here, only when none is active on the thread.
 */
@ApplicationScoped
class FreshOperationContext {

    void dropHeldContext(@Observes @Initialized(RequestScoped.class) Object event) {
        SmallRyeContextManager.clearCurrentSmallRyeContext();
    }
}
