package org.multivector.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.dataloader.DataLoaderRegistry;
import org.multivector.errors.ErrorMessages;
import org.multivector.persistence.QueryTransaction;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Definition;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.SelectionSetContainer;
import graphql.validation.ValidationError;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.spi.config.Config;

/**
 * The engine's one instrumentation. graphql-java calls its instrumentation for every field of
 * every response, and a chain calls each of its members in turn: SmallRye's chain (depth limit,
 * complexity limit, document cache) inside ours (timer, error messages) took 15% of a list
 * query's samples without doing anything per field. This one does their work at the operation
 * level only, with SmallRye's own instances:
 * <ul>
 * <li>feeds SmallRye's cache of parsed and validated documents;</li>
 * <li>checks the depth and complexity limits, once per operation of a cached document: the
 * result cannot change until the document uses {@code @skip} or {@code @include}, whose
 * variables may change the fields selected, so such documents are checked every time;</li>
 * <li>gives a query operation one read-only transaction ({@link QueryTransaction});</li>
 * <li>gives an operation SmallRye left without DataLoaders an empty registry of its own;</li>
 * <li>hands the result's data to SmallRye as a {@link JsonResultView}, which SmallRye writes
 * out as it is instead of copying it first;</li>
 * <li>times the operation ({@link OperationReview}) and reviews its errors ({@link ErrorMessages}).</li>
 * </ul>
 */
final class OperationInstrumentation extends SimplePerformantInstrumentation {

    /** Operations checked are remembered up to this many; then the memory starts afresh. */
    private static final int MAX_CHECKED_OPERATIONS = 1024;

    private final QueryCache documentCache;
    private final MaxQueryDepthInstrumentation depthLimit;
    private final MaxQueryComplexityInstrumentation complexityLimit;
    /**
     * Whether result data goes to SmallRye as a {@link JsonResultView}: not where SmallRye leaves
     * null fields out, which it does differently for a tree handed to it.
     */
    private final boolean viewData;
    /** Operations (by identity, as the document cache hands out the same tree) within both limits. */
    private final Map<OperationDefinition, Boolean> withinLimits = new ConcurrentHashMap<>();

    private OperationInstrumentation(QueryCache documentCache, MaxQueryDepthInstrumentation depthLimit,
            MaxQueryComplexityInstrumentation complexityLimit, boolean viewData) {
        this.viewData = viewData;
        this.documentCache = documentCache;
        this.depthLimit = depthLimit;
        this.complexityLimit = complexityLimit;
    }

    /**
     * The engine's instrumentation in place of SmallRye's chain, with SmallRye's own document
     * cache and limits; a mismatch where the chain holds anything else (federation tracing, say)
     * or lacks one of them (a limit switched off).
     */
    static OperationInstrumentation replacing(Instrumentation smallRyes) throws LeanEngine.Mismatch {
        List<Instrumentation> members = smallRyes instanceof ChainedInstrumentation chain
                ? chain.getInstrumentations()
                : List.of(smallRyes);
        QueryCache documentCache = null;
        MaxQueryDepthInstrumentation depthLimit = null;
        MaxQueryComplexityInstrumentation complexityLimit = null;
        for (Instrumentation member : members) {
            if (member instanceof QueryCache cache) {
                documentCache = cache;
            } else if (member instanceof MaxQueryDepthInstrumentation depth) {
                depthLimit = depth;
            } else if (member instanceof MaxQueryComplexityInstrumentation complexity) {
                complexityLimit = complexity;
            } else {
                throw new LeanEngine.Mismatch("SmallRye's instrumentation holds " + member.getClass().getName()
                        + ", which the engine's instrumentation does not replace");
            }
        }
        if (documentCache == null || depthLimit == null || complexityLimit == null) {
            throw new LeanEngine.Mismatch("SmallRye's instrumentation lacks its document cache, depth limit or"
                    + " complexity limit (found " + members.stream().map(member -> member.getClass().getSimpleName()).toList()
                    + ")");
        }
        return new OperationInstrumentation(documentCache, depthLimit, complexityLimit,
                !Config.get().isExcludeNullFieldsInResponses());
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        // The complexity limit keeps the validation's parameters in its state, for its report.
        return complexityLimit.createStateAsync(parameters);
    }

    /**
     * An operation SmallRye left without a DataLoader registry, having no batch operation the
     * layer does not serve ({@link GraphQLSetup#leaveOutSmallRyesLoaders}), gets an empty one,
     * which the layer's batch fetchers fill as their fields need loaders.
     */
    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        if (input.getDataLoaderRegistry() == EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY) {
            return input.transform(builder -> builder.dataLoaderRegistry(new DataLoaderRegistry()));
        }
        return input;
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        complexityLimit.beginValidation(parameters, state);
        return documentCache.beginValidation(parameters, state);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        OperationDefinition operation = execution.getOperationDefinition();
        if (!withinLimits.containsKey(operation)) {
            // Each throws an AbortExecutionException, which becomes the response's error, past its limit.
            depthLimit.beginExecuteOperation(parameters, state);
            complexityLimit.beginExecuteOperation(parameters, state);
            if (!hasConditions(execution.getDocument())) {
                if (withinLimits.size() >= MAX_CHECKED_OPERATIONS) {
                    withinLimits.clear();
                }
                withinLimits.put(operation, Boolean.TRUE);
            }
        }
        InstrumentationContext<ExecutionResult> timer = OperationReview.start(operation);
        if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
            QueryTransaction.endLeftOver();
            return timer;
        }
        QueryTransaction transaction = QueryTransaction.open();
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> {
            transaction.end();
            timer.onCompleted(result, failure);
        });
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        ExecutionResult reviewed = ErrorMessages.review(result);
        if (viewData && reviewed.getData() instanceof Map<?, ?> data) {
            return CompletableFuture.completedFuture(reviewed.transform(builder -> builder.data(JsonResultView.of(data))));
        }
        return CompletableFuture.completedFuture(reviewed);
    }

    /** Whether any selection of the document is conditional: {@code @skip} or {@code @include}. */
    private static boolean hasConditions(Document document) {
        for (Definition<?> definition : document.getDefinitions()) {
            SelectionSet selections = definition instanceof OperationDefinition operation ? operation.getSelectionSet()
                    : definition instanceof FragmentDefinition fragment ? fragment.getSelectionSet() : null;
            if (hasConditions(selections)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasConditions(SelectionSet selections) {
        if (selections == null) {
            return false;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof DirectivesContainer<?> directed
                    && (directed.hasDirective("skip") || directed.hasDirective("include"))) {
                return true;
            }
            if (selection instanceof SelectionSetContainer<?> container && hasConditions(container.getSelectionSet())) {
                return true;
            }
        }
        return false;
    }
}
