package org.multivector.engine;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.multivector.config.MultivectorConfig;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.spi.EventingService;

/**
 * Completes SmallRye GraphQL's engine set-up (registered in META-INF/services): puts the engine
 * layer ({@link LeanEngine}) in place of parts of SmallRye, unless {@code multivector.engine.enabled}
 * is false or SmallRye is not what the layer was written against, in which case it logs why and
 * leaves SmallRye whole. Either way it adds the operation timer and error review
 * ({@link OperationTimer}).
 */
// SmallRye loads it with java.util.ServiceLoader, by reflection, in a native executable too.
@RegisterForReflection
public class GraphQLSetup implements EventingService {

    private static final Logger LOG = Logger.getLogger(GraphQLSetup.class);

    /**
     * The SmallRye and Quarkus classes the layer names. Checked by name first, so that one gone
     * upstream turns the layer off with a warning instead of failing a request.
     */
    static final List<String> REQUIRED_CLASSES = List.of(
            "io.smallrye.graphql.execution.QueryCache",
            "io.smallrye.graphql.execution.datafetcher.AbstractDataFetcher",
            "io.smallrye.graphql.execution.datafetcher.BatchDataFetcher",
            "io.smallrye.graphql.execution.datafetcher.FieldDataFetcher",
            "io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher",
            "io.smallrye.graphql.spi.config.Config",
            "io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDataFetcherService",
            "graphql.analysis.MaxQueryComplexityInstrumentation",
            "graphql.analysis.MaxQueryDepthInstrumentation");

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
        // The builder cannot hand back what SmallRye set (the depth and complexity limits, and the
        // cache of parsed and validated documents), but a GraphQL built from it can.
        GraphQL smallRyes = builder.build();
        active = false;
        if (!enabledInConfig()) {
            LOG.info("The engine layer is off (multivector.engine.enabled=false): GraphQL runs on plain SmallRye GraphQL");
            return withReview(builder, smallRyes);
        }
        String missing = missingClass();
        if (missing != null) {
            return fallBack(builder, smallRyes, "the class " + missing + " is missing");
        }
        try {
            LeanEngine lean = LeanEngine.replacing(smallRyes);
            active = true;
            return builder.schema(lean.schema()).instrumentation(lean.instrumentation());
        } catch (LeanEngine.Mismatch mismatch) {
            return fallBack(builder, smallRyes, mismatch.getMessage());
        }
    }

    private static GraphQL.Builder fallBack(GraphQL.Builder builder, GraphQL smallRyes, String reason) {
        LOG.warnf("The engine layer is off, and GraphQL runs on plain SmallRye GraphQL, slower: %s. It was verified"
                + " against SmallRye GraphQL 2.17.0 (Quarkus 3.33.2); see the package-info of org.multivector.engine",
                reason);
        return withReview(builder, smallRyes);
    }

    /** SmallRye's instrumentation as it is, followed by the timer and the error review. */
    private static GraphQL.Builder withReview(GraphQL.Builder builder, GraphQL smallRyes) {
        return builder.instrumentation(new ChainedInstrumentation(List.of(smallRyes.getInstrumentation(),
                OperationTimer.INSTANCE)));
    }

    private static boolean enabledInConfig() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(MultivectorConfig.class)
                .engine().enabled();
    }

    /** The first of the {@link #REQUIRED_CLASSES} that cannot be loaded, or null. */
    static String missingClass() {
        for (String name : REQUIRED_CLASSES) {
            try {
                Class.forName(name, false, GraphQLSetup.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                return name;
            }
        }
        return null;
    }
}
