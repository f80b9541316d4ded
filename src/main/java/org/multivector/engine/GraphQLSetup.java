package org.multivector.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.multivector.config.MultivectorConfig;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance;
import graphql.schema.FieldCoordinates;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDataFetcherService;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.execution.datafetcher.AbstractDataFetcher;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

/**
 * Completes SmallRye GraphQL's engine set-up (registered in META-INF/services): puts the engine
 * layer ({@link LeanEngine}) in place of parts of SmallRye, unless {@code multivector.engine.enabled}
 * is false or SmallRye is not what the layer was written against, in which case it logs why and
 * leaves SmallRye whole. Either way it adds the operation timer and error review
 * ({@link OperationReview}).
 */
// SmallRye loads it with java.util.ServiceLoader, by reflection, in a native executable too.
@RegisterForReflection
public class GraphQLSetup implements EventingService {

    private static final Logger LOG = Logger.getLogger(GraphQLSetup.class);

    /** Whether the engine layer serves requests: set once, when SmallRye builds its engine. */
    private static volatile boolean active;

    static boolean active() {
        return active;
    }

    @Override
    public String getConfigKey() {
        // always on: it decides itself whether the layer is
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        boolean enabled = enabledInConfig();
        SetUp setUp = setUp(builder, enabled);
        active = setUp.active();
        if (setUp.active()) {
            leaveOutSmallRyesLoaders(setUp.batchFieldsServed());
        }
        if (!enabled) {
            LOG.info("The engine layer is off (multivector.engine.enabled=false): GraphQL runs on plain SmallRye GraphQL");
        } else if (!setUp.active()) {
            LOG.warnf("The engine layer is off, and GraphQL runs on plain SmallRye GraphQL, slower: %s. The layer was"
                    + " verified against SmallRye GraphQL 2.17.0 (Quarkus 3.33.2); the package-info of"
                    + " org.multivector.engine says what it expects", setUp.mismatch());
        }
        return setUp.builder();
    }

    /**
     * How the engine is set up: with the layer in place of SmallRye's parts ({@code active}), or
     * SmallRye's as built, either way followed by the timer and the error review.
     *
     * @param mismatch why the layer is off though enabled, or null
     * @param batchFieldsServed the batch fields the layer's loaders serve, none while it is off
     */
    record SetUp(GraphQL.Builder builder, boolean active, String mismatch, Set<FieldCoordinates> batchFieldsServed) {

        static SetUp off(GraphQL.Builder builder, String mismatch) {
            return new SetUp(builder, false, mismatch, Set.of());
        }
    }

    /** Sets SmallRye's engine up, with the layer where {@code enabled} and SmallRye is what it expects. */
    static SetUp setUp(GraphQL.Builder builder, boolean enabled) {
        // The builder cannot hand back what SmallRye set (the depth and complexity limits, and the
        // cache of parsed and validated documents), but a GraphQL built from it can.
        GraphQL smallRyes = builder.build();
        if (!enabled) {
            return SetUp.off(withReview(builder, smallRyes), null);
        }
        String missing = missingClass();
        if (missing != null) {
            return SetUp.off(withReview(builder, smallRyes), "the class " + missing + " is missing");
        }
        try {
            LeanEngine lean = LeanEngine.replacing(smallRyes);
            return new SetUp(builder.schema(lean.schema()).instrumentation(lean.instrumentation()), true, null,
                    lean.batchFieldsServed());
        } catch (LeanEngine.Mismatch mismatch) {
            return SetUp.off(withReview(builder, smallRyes), mismatch.getMessage());
        } catch (RuntimeException | LinkageError failure) {
            // a method or shape gone upstream, found only as the layer is put together
            return SetUp.off(withReview(builder, smallRyes), "setting it up failed: " + failure);
        }
    }

    /** SmallRye's instrumentation as it is, followed by the timer and the error review. */
    private static GraphQL.Builder withReview(GraphQL.Builder builder, GraphQL smallRyes) {
        return builder.instrumentation(new ChainedInstrumentation(List.of(smallRyes.getInstrumentation(),
                OperationReview.INSTANCE)));
    }

    /**
     * Takes the batch operations the layer serves out of SmallRye's schema model. SmallRye makes a
     * DataLoader for each batch operation of its model on every request, to fill the request's
     * registry: 38 loaders that the layer's fetchers never use, as they make their own as fields
     * need them, and graphql-java dispatched them all at every level (making them alone was 8% of
     * the lookup Q2's samples at tier M; bench/RESULTS.md). SmallRye then makes none for them, and
     * {@link OperationInstrumentation} gives an operation left without a registry an empty one.
     * Each type's set of operations is replaced, not changed, so a request already reading one
     * reads the set it began with. Without the model, SmallRye keeps making them, as it says.
     */
    static void leaveOutSmallRyesLoaders(Set<FieldCoordinates> batchFieldsServed) {
        try (InstanceHandle<Schema> model = Arc.container().instance(Schema.class)) {
            if (!model.isAvailable() || model.get() == null) {
                LOG.warn("SmallRye's schema model cannot be looked up: SmallRye goes on making an unused DataLoader"
                        + " for each batch field on every request");
                return;
            }
            for (Type type : model.get().getTypes().values()) {
                if (type.hasBatchOperations()) {
                    Map<String, Operation> kept = new LinkedHashMap<>(type.getBatchOperations());
                    kept.keySet().removeIf(field -> batchFieldsServed.contains(
                            FieldCoordinates.coordinates(type.getName(), field)));
                    type.setBatchOperations(kept);
                }
            }
        }
    }

    private static boolean enabledInConfig() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(MultivectorConfig.class)
                .engine().enabled();
    }

    /**
     * The first of the SmallRye, Quarkus and graphql-java classes the layer names that cannot be
     * loaded, or null. Loaded here first (class literals, which a native executable keeps too), so
     * that one gone upstream turns the layer off with a warning instead of failing a request.
     */
    static String missingClass() {
        try {
            List.of(QueryCache.class, AbstractDataFetcher.class, BatchDataFetcher.class, FieldDataFetcher.class,
                    PlugableBatchableDataFetcher.class, Config.class, QuarkusDataFetcherService.class,
                    MaxQueryComplexityInstrumentation.class, MaxQueryDepthInstrumentation.class, Schema.class, Type.class,
                    EmptyDataLoaderRegistryInstance.class);
            return null;
        } catch (LinkageError missing) {
            return missing.getMessage() == null ? missing.toString() : missing.getMessage().replace('/', '.');
        }
    }
}
