package org.multivector.common;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.spi.EventingService;

/**
 * Completes SmallRye GraphQL's engine set-up (registered in META-INF/services): keeps its query
 * depth and complexity limits and its document cache, serves plain and batched fields with lean
 * fetchers ({@link PlainFieldFetchers}, {@link BatchFieldFetchers}), and adds
 * {@link OperationTimer}, which times every operation for Prometheus, and
 * {@link ErrorMessages}, which logs unexpected failures and keeps error messages
 * free of graphql-java syntax-tree objects such as {@code StringValue{value='abc'}}, an internal
 * class name, where the client's value belongs.
 */
// SmallRye loads it with java.util.ServiceLoader, by reflection, in a native executable too.
@RegisterForReflection
public class GraphQLSetup implements EventingService {

    @Override
    public String getConfigKey() {
        // always on
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // The builder cannot hand back what SmallRye set (the depth and complexity limits, and the
        // cache of parsed and validated documents), but a GraphQL built from it can: ours go after.
        GraphQL smallRyes = builder.build();
        return builder
                .schema(withLeanFetchers(smallRyes.getGraphQLSchema()))
                .instrumentation(new ChainedInstrumentation(List.of(
                        smallRyes.getInstrumentation(),
                        new OperationTimer(),
                        new ErrorMessages())));
    }

    /** The schema with SmallRye's plain and batch fetchers replaced where a lean one serves the field. */
    private static GraphQLSchema withLeanFetchers(GraphQLSchema schema) {
        BatchFieldFetchers batchFetchers = BatchFieldFetchers.ofApi();
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry.Builder lean = GraphQLCodeRegistry.newCodeRegistry(registry);
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                    DataFetcher<?> smallRyes = registry.getDataFetcher(coordinates, field);
                    DataFetcher<?> replacement = PlainFieldFetchers.replacing(field, smallRyes);
                    if (replacement == null) {
                        replacement = batchFetchers.replacing(coordinates, smallRyes);
                    }
                    if (replacement != null) {
                        lean.dataFetcher(coordinates, replacement);
                    }
                }
            }
        }
        return schema.transform(builder -> builder.codeRegistry(lean.build()));
    }

    /**
     * Times every GraphQL operation into the Prometheus metric {@code graphql_operation_seconds},
     * tagged by operation type, its first root field (the schema bounds the tag's values, unlike
     * client-chosen operation names) and whether it answered with errors.
     */
    static final class OperationTimer extends SimplePerformantInstrumentation {

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
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

    /**
     * Logs the failures the service did not foresee, with their stack traces (a client's
     * mistake, an {@link ApiException}, is not worth a log line), and rewrites syntax-tree
     * objects in error messages to the plain values they hold.
     */
    static final class ErrorMessages extends SimplePerformantInstrumentation {

        private static final Logger LOG = Logger.getLogger(GraphQLSetup.class);

        private static final Pattern SYNTAX_TREE_VALUE = Pattern.compile(
                "'?\\b(?:String|Int|Float|Boolean|Enum|Null|Object|Array|Variable)Value\\{(?:value|name)='?([^'}]*)'?}'?");

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            for (GraphQLError error : result.getErrors()) {
                if (error instanceof ExceptionWhileDataFetching failure && !isForeseen(failure.getException())) {
                    LOG.errorf(failure.getException(), "Unexpected failure of %s", failure.getPath());
                }
            }
            if (result.getErrors().stream().noneMatch(error -> leaks(error.getMessage()))) {
                return CompletableFuture.completedFuture(result);
            }
            List<GraphQLError> errors = result.getErrors().stream().map(ErrorMessages::clean).toList();
            return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
        }

        /** Client mistakes, possibly wrapped by the resolver's invocation. */
        private static boolean isForeseen(Throwable exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof ApiException) {
                    return true;
                }
            }
            return false;
        }

        static String clean(String message) {
            return SYNTAX_TREE_VALUE.matcher(message).replaceAll("'$1'");
        }

        private static boolean leaks(String message) {
            return message != null && SYNTAX_TREE_VALUE.matcher(message).find();
        }

        private static GraphQLError clean(GraphQLError error) {
            if (!leaks(error.getMessage()) || error instanceof ExceptionWhileDataFetching) {
                return error;
            }
            if (error instanceof ValidationError validation) {
                return ValidationError.newValidationError()
                        .validationErrorType(validation.getValidationErrorType())
                        .sourceLocations(validation.getLocations())
                        .description(clean(validation.getMessage()))
                        .queryPath(validation.getQueryPath())
                        .extensions(validation.getExtensions())
                        .build();
            }
            return GraphqlErrorBuilder.newError()
                    .message(clean(error.getMessage()))
                    .locations(error.getLocations())
                    .path(error.getPath())
                    .errorType(error.getErrorType())
                    .extensions(error.getExtensions())
                    .build();
        }
    }
}
