package org.multivector.engine;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.multivector.errors.ErrorMessages;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;

/**
 * Times every GraphQL operation into the Prometheus metric {@code graphql_operation_seconds},
 * tagged by operation type, its first root field (the schema bounds the tag's values, unlike
 * client-chosen operation names) and whether it answered with errors; and reviews the errors of
 * every response ({@link ErrorMessages}). With the engine layer off, this instrumentation alone
 * follows SmallRye's; with it on, {@link OperationInstrumentation} does the same work.
 */
final class OperationReview extends SimplePerformantInstrumentation {

    static final OperationReview INSTANCE = new OperationReview();

    private OperationReview() {
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        return start(parameters.getExecutionContext().getOperationDefinition());
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return CompletableFuture.completedFuture(ErrorMessages.review(result));
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
