package org.multivector.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a service method as a read: when it starts the transaction (its own, or the one of the
 * GraphQL query operation it serves), that transaction's session loads entities read-only and
 * never flushes, so Hibernate keeps no snapshots to dirty-check. Called inside a caller's active
 * transaction, it simply joins it unchanged ({@link ReadOnlyInterceptor}).
 */
@InterceptorBinding
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadOnly {
}
