package org.multivector.engine;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.multivector.config.MultivectorConfig;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDataFetcherService;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.execution.datafetcher.AbstractDataFetcher;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
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
     */
    record SetUp(GraphQL.Builder builder, boolean active, String mismatch) {
    }

    /** Sets SmallRye's engine up, with the layer where {@code enabled} and SmallRye is what it expects. */
    static SetUp setUp(GraphQL.Builder builder, boolean enabled) {
        // The builder cannot hand back what SmallRye set (the depth and complexity limits, and the
        // cache of parsed and validated documents), but a GraphQL built from it can.
        GraphQL smallRyes = builder.build();
        if (!enabled) {
            return new SetUp(withReview(builder, smallRyes), false, null);
        }
        String missing = missingClass();
        if (missing != null) {
            return new SetUp(withReview(builder, smallRyes), false, "the class " + missing + " is missing");
        }
        try {
            LeanEngine lean = LeanEngine.replacing(smallRyes);
            return new SetUp(builder.schema(lean.schema()).instrumentation(lean.instrumentation()), true, null);
        } catch (LeanEngine.Mismatch mismatch) {
            return new SetUp(withReview(builder, smallRyes), false, mismatch.getMessage());
        } catch (RuntimeException | LinkageError failure) {
            // a method or shape gone upstream, found only as the layer is put together
            return new SetUp(withReview(builder, smallRyes), false, "setting it up failed: " + failure);
        }
    }

    /** SmallRye's instrumentation as it is, followed by the timer and the error review. */
    private static GraphQL.Builder withReview(GraphQL.Builder builder, GraphQL smallRyes) {
        return builder.instrumentation(new ChainedInstrumentation(List.of(smallRyes.getInstrumentation(),
                OperationReview.INSTANCE)));
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
                    MaxQueryComplexityInstrumentation.class, MaxQueryDepthInstrumentation.class);
            return null;
        } catch (LinkageError missing) {
            return missing.getMessage() == null ? missing.toString() : missing.getMessage().replace('/', '.');
        }
    }
}
