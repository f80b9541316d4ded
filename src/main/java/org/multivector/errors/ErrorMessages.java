package org.multivector.errors;

import java.util.List;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.validation.ValidationError;

/**
 * Reviews the errors of every response: logs the failures the service did not foresee, with
 * their stack traces (a client's mistake, an {@link ApiException}, is not worth a log line), and
 * rewrites graphql-java syntax-tree objects in messages, such as {@code StringValue{value='abc'}}
 * (an internal class name), to the plain values they hold.
 */
public final class ErrorMessages {

    private static final Logger LOG = Logger.getLogger(ErrorMessages.class);

    private static final Pattern SYNTAX_TREE_VALUE = Pattern.compile(
            "'?\\b(?:String|Int|Float|Boolean|Enum|Null|Object|Array|Variable)Value\\{(?:value|name)='?([^'}]*)'?}'?");

    /** A list literal, once its values are plain: {@code ArrayValue{values=['A', 'B']}}. */
    private static final Pattern SYNTAX_TREE_LIST = Pattern.compile("\\bArrayValue\\{values=\\[([^\\[\\]{}]*)]}");

    private ErrorMessages() {
    }

    /** The result with clean error messages, after logging its unforeseen failures. */
    public static ExecutionResult review(ExecutionResult result) {
        if (result.getErrors().isEmpty()) {
            return result;
        }
        for (GraphQLError error : result.getErrors()) {
            if (error instanceof ExceptionWhileDataFetching failure && !isForeseen(failure.getException())) {
                LOG.errorf(failure.getException(), "Unexpected failure of %s", failure.getPath());
            }
        }
        if (result.getErrors().stream().noneMatch(error -> leaks(error.getMessage()))) {
            return result;
        }
        List<GraphQLError> errors = result.getErrors().stream().map(ErrorMessages::clean).toList();
        return result.transform(builder -> builder.errors(errors));
    }

    static String clean(String message) {
        String plain = SYNTAX_TREE_VALUE.matcher(message).replaceAll("'$1'");
        return SYNTAX_TREE_LIST.matcher(plain).replaceAll("[$1]");
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
