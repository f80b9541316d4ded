package org.multivector.common;

import java.util.Locale;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;

/**
 * Times every GraphQL operation into the Prometheus metric {@code graphql_operation_seconds},
 * tagged by operation type, its first root field (the schema bounds the tag's values, unlike
 * client-chosen operation names) and whether it answered with errors.
 */
final class OperationTimer {

    private OperationTimer() {
    }

    static InstrumentationContext<ExecutionResult> start(OperationDefinition operation) {
        String type = operation.getOperation().name().toLowerCase(Locale.ROOT);
        String field = operation.getSelectionSet().getSelectionsOfType(Field.class).stream()
                .findFirst().map(Field::getName).orElse("none");
        Timer.Sample sample = Timer.start(Metrics.globalRegistry);
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> sample.stop(Timer
                .builder("graphql.operation")
                .description("GraphQL operations, by type, first root field and outcome")
                .tags("type", type, "field", field,
                        "outcome", failure == null && (result == null || result.getErrors().isEmpty()) ? "success" : "error")
                .register(Metrics.globalRegistry)));
    }
}
