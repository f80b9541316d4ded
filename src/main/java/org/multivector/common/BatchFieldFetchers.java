package org.multivector.common;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;

import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;

/**
 * Serves the batched fields, the {@code @Source List<Parent>} methods of the GraphQL API
 * classes, through graphql-java's own DataLoader. SmallRye's batch fetcher sets up its request
 * context, with the selected fields as JSON, for every parent it queues: under a deep query
 * that cost more than the SQL (bench/RESULTS.md has the profile). Here a parent is queued with
 * one map lookup, and the API method still answers the whole level in one call.
 */
final class BatchFieldFetchers {

    private BatchFieldFetchers() {
    }

    /** The schema with lean fetchers for the batched fields SmallRye serves with its batch fetcher. */
    static GraphQLSchema install(GraphQLSchema schema) {
        Map<FieldCoordinates, BatchMethod> methods = batchMethods();
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry.Builder faster = GraphQLCodeRegistry.newCodeRegistry(registry);
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                    BatchMethod method = methods.get(coordinates);
                    if (method != null && registry.getDataFetcher(coordinates, field) instanceof BatchDataFetcher) {
                        faster.dataFetcher(coordinates, new BatchFieldFetcher(coordinates.toString(), method));
                    }
                }
            }
        }
        return schema.transform(builder -> builder.codeRegistry(faster.build()));
    }

    /** The API methods that take nothing but {@code @Source List<Parent>}, by the field they serve. */
    private static Map<FieldCoordinates, BatchMethod> batchMethods() {
        Map<FieldCoordinates, BatchMethod> methods = new HashMap<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> api = bean.getBeanClass();
            if (!api.isAnnotationPresent(GraphQLApi.class)) {
                continue;
            }
            for (Method method : api.getMethods()) {
                Parameter[] parameters = method.getParameters();
                if (parameters.length == 1 && parameters[0].isAnnotationPresent(Source.class)
                        && parameters[0].getParameterizedType() instanceof ParameterizedType list
                        && list.getRawType() == List.class
                        && list.getActualTypeArguments()[0] instanceof Class<?> parent) {
                    Name name = method.getAnnotation(Name.class);
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(typeName(parent),
                            name == null ? method.getName() : name.value());
                    methods.put(coordinates, new BatchMethod(Arc.container().instance(api).get(), method));
                }
            }
        }
        return methods;
    }

    private static String typeName(Class<?> type) {
        Type graphQLType = type.getAnnotation(Type.class);
        return graphQLType == null || graphQLType.value().isEmpty() ? type.getSimpleName() : graphQLType.value();
    }

    /** An API method and the bean to call it on. */
    private record BatchMethod(Object bean, Method method) {

        @SuppressWarnings("unchecked")
        CompletionStage<List<Object>> call(List<Object> parents) {
            try {
                return CompletableFuture.completedFuture((List<Object>) method.invoke(bean, parents));
            } catch (InvocationTargetException e) {
                return CompletableFuture.failedFuture(e.getCause());
            } catch (IllegalAccessException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
    }

    /** Queues the parent on this request's loader of the field, which graphql-java dispatches per level. */
    private record BatchFieldFetcher(String loaderName, BatchMethod method) implements DataFetcher<CompletableFuture<Object>> {

        @Override
        public CompletableFuture<Object> get(DataFetchingEnvironment environment) {
            BatchLoader<Object, Object> batch = method::call;
            DataLoader<Object, Object> loader = environment.getDataLoaderRegistry()
                    .computeIfAbsent(loaderName, name -> DataLoaderFactory.newDataLoader(batch));
            return loader.load(environment.getSource());
        }
    }
}
