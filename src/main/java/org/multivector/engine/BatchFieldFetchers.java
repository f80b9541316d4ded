package org.multivector.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;

import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;
import org.multivector.persistence.Batch;
import org.multivector.persistence.KnowledgeEntity;

import graphql.language.OperationDefinition.Operation;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import io.quarkus.arc.Arc;

/**
 * Serves the batched fields, the {@code @Source List<Parent>} methods of the GraphQL API
 * classes, through graphql-java's own DataLoader, one loader per field and argument values.
 * SmallRye's batch fetcher sets up its request context, with the selected fields as JSON, for
 * every parent it queues: under a deep query that cost more than the SQL (bench/RESULTS.md has
 * the profile). It also keys its loader on the field alone, so two aliases of one field with
 * different arguments would share the first one's answer. Here a parent is queued with one map
 * lookup, and the API method still answers the whole level in one call. Fields marked
 * {@link Reference} share one loader per entity type instead, keyed by id.
 */
final class BatchFieldFetchers {

    /** The API's batch methods, found once, to serve the fields SmallRye serves with its batch fetcher. */
    static BatchFieldFetchers ofApi() throws LeanEngine.Mismatch {
        Set<FieldCoordinates> fields = new HashSet<>();
        Map<FieldCoordinates, DataFetcher<?>> fetchers = batchFetchers(fields);
        return new BatchFieldFetchers(fields, fetchers);
    }

    private final Set<FieldCoordinates> fields;
    private final Map<FieldCoordinates, DataFetcher<?>> fetchers;

    private BatchFieldFetchers(Set<FieldCoordinates> fields, Map<FieldCoordinates, DataFetcher<?>> fetchers) {
        this.fields = fields;
        this.fetchers = fetchers;
    }

    /** Every field an API method serves in batches, {@code @Source List<Parent>}, whether replaced or not. */
    Set<FieldCoordinates> fields() {
        return fields;
    }

    /**
     * The DataLoader fetcher of a field SmallRye serves with its batch fetcher; null where the
     * method takes an argument of another type than those {@link Argument} converts.
     */
    DataFetcher<?> replacing(FieldCoordinates coordinates) {
        return fetchers.get(coordinates);
    }

    /**
     * Fetchers for the API methods that take {@code @Source List<Parent>}: by reference for those
     * marked {@link Reference}, else by parent where the other arguments are of simple types
     * (enums, String, Integer, Boolean), by the field they serve. {@code fields} gets every
     * such field, replaceable or not.
     */
    private static Map<FieldCoordinates, DataFetcher<?>> batchFetchers(Set<FieldCoordinates> fields)
            throws LeanEngine.Mismatch {
        Set<Bean<?>> beans = Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE);
        Map<Class<?>, EntityLookup<?>> lookups = entityLookups(beans);
        Map<FieldCoordinates, DataFetcher<?>> fetchers = new HashMap<>();
        for (Bean<?> bean : beans) {
            Class<?> api = bean.getBeanClass();
            if (!api.isAnnotationPresent(GraphQLApi.class)) {
                continue;
            }
            for (Method method : api.getMethods()) {
                Parameter[] parameters = method.getParameters();
                if (parameters.length >= 1 && parameters[0].isAnnotationPresent(Source.class)
                        && parameters[0].getParameterizedType() instanceof ParameterizedType list
                        && list.getRawType() == List.class
                        && list.getActualTypeArguments()[0] instanceof Class<?> parent) {
                    Name name = method.getAnnotation(Name.class);
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(typeName(parent),
                            name == null ? method.getName() : name.value());
                    fields.add(coordinates);
                    Reference reference = method.getAnnotation(Reference.class);
                    List<Argument> arguments = arguments(parameters);
                    if (method.getReturnType() != List.class) {
                        // an asynchronous batch method (Uni, CompletionStage) stays SmallRye's
                        continue;
                    } else if (reference != null) {
                        BatchMethod asMethod = new BatchMethod(Arc.container().instance(api).get(), method, List.of());
                        fetchers.put(coordinates, ReferenceFetcher.of(method, parent, reference, lookups,
                                new BatchFieldFetcher(coordinates.toString(), asMethod)));
                    } else if (arguments != null) {
                        BatchMethod batchMethod = new BatchMethod(Arc.container().instance(api).get(), method, arguments);
                        fetchers.put(coordinates, new BatchFieldFetcher(coordinates.toString(), batchMethod));
                    }
                }
            }
        }
        return fetchers;
    }

    /** The beans that find entities by id, by the entity type they find. */
    private static Map<Class<?>, EntityLookup<?>> entityLookups(Set<Bean<?>> beans) {
        Map<Class<?>, EntityLookup<?>> lookups = new HashMap<>();
        for (Bean<?> bean : beans) {
            for (java.lang.reflect.Type type : bean.getTypes()) {
                if (type instanceof ParameterizedType lookup && lookup.getRawType() == EntityLookup.class
                        && lookup.getActualTypeArguments()[0] instanceof Class<?> entity) {
                    lookups.put(entity, (EntityLookup<?>) Arc.container().instance(lookup).get());
                }
            }
        }
        return lookups;
    }

    /**
     * The arguments after the source, or null where one is not of a simple type, or a list of
     * enum values, or has no name.
     */
    private static List<Argument> arguments(Parameter[] parameters) {
        List<Argument> arguments = new ArrayList<>();
        for (Parameter parameter : Arrays.asList(parameters).subList(1, parameters.length)) {
            Class<?> type = parameter.getType();
            Class<?> enumList = enumListElement(parameter);
            boolean simple = type.isEnum() || SIMPLE_TYPES.contains(type) || enumList != null;
            Name name = parameter.getAnnotation(Name.class);
            if (!simple || (name == null && !parameter.isNamePresent())) {
                return null;
            }
            arguments.add(new Argument(name == null ? parameter.getName() : name.value(),
                    enumList == null ? type : enumList, enumList != null));
        }
        return arguments;
    }

    /** The enum type of a {@code List<SomeEnum>} parameter, or null. */
    private static Class<?> enumListElement(Parameter parameter) {
        return parameter.getType() == List.class
                && parameter.getParameterizedType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isEnum() ? element : null;
    }

    private static String typeName(Class<?> type) {
        Type graphQLType = type.getAnnotation(Type.class);
        return graphQLType == null || graphQLType.value().isEmpty() ? type.getSimpleName() : graphQLType.value();
    }

    private static final Set<Class<?>> SIMPLE_TYPES = Set.of(String.class, Integer.class, Boolean.class);

    /** A field argument, passed to the API method after the parents: a value, or a list of enum values. */
    private record Argument(String name, Class<?> type, boolean list) {

        Object of(DataFetchingEnvironment environment) {
            Object value = environment.getArgument(name);
            if (list && value instanceof List<?> values) {
                return values.stream().map(this::converted).toList();
            }
            return converted(value);
        }

        @SuppressWarnings({ "unchecked", "rawtypes" })
        private Object converted(Object value) {
            if (value instanceof String text && type.isEnum()) {
                return Enum.valueOf((Class) type, text);
            }
            if (type == Integer.class && value instanceof Number number && !(value instanceof Integer)) {
                // an Int from variables comes as SmallRye's scalar left it (a Long or BigInteger); out of
                // range, the value's own range check reports it
                long wide = number.longValue();
                return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, wide));
            }
            return value;
        }
    }

    /** An API method, the bean to call it on and the field arguments it takes. */
    private record BatchMethod(Object bean, Method method, List<Argument> arguments) {

        Object[] argumentsOf(DataFetchingEnvironment environment) {
            Object[] values = new Object[arguments.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = arguments.get(i).of(environment);
            }
            return values;
        }

        @SuppressWarnings("unchecked")
        CompletionStage<List<Object>> call(List<Object> parents, Object[] argumentValues) {
            Object[] parameters = new Object[argumentValues.length + 1];
            parameters[0] = parents;
            System.arraycopy(argumentValues, 0, parameters, 1, argumentValues.length);
            try {
                return CompletableFuture.completedFuture((List<Object>) method.invoke(bean, parameters));
            } catch (InvocationTargetException e) {
                return CompletableFuture.failedFuture(e.getCause());
            } catch (IllegalAccessException | IllegalArgumentException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
    }

    /**
     * Queues the parent on this request's loader of the field and its argument values (so that
     * {@code a: memberships(status: MEMBER) b: memberships} are two batches, not one), which
     * graphql-java dispatches level by level.
     */
    private record BatchFieldFetcher(String field, BatchMethod method) implements DataFetcher<CompletableFuture<Object>> {

        @Override
        public CompletableFuture<Object> get(DataFetchingEnvironment environment) {
            Object[] argumentValues = method.argumentsOf(environment);
            String loaderName = argumentValues.length == 0 ? field : field + Arrays.toString(argumentValues);
            BatchLoader<Object, Object> batch = parents -> method.call(parents, argumentValues);
            DataLoader<Object, Object> loader = environment.getDataLoaderRegistry()
                    .computeIfAbsent(loaderName, name -> DataLoaderFactory.newDataLoader(batch, DataLoaderOptions
                            .newOptions()
                            // a mutation field may change what an earlier one read: read again
                            .setCachingEnabled(environment.getOperationDefinition().getOperation() != Operation.MUTATION)
                            .build()));
            return loader.load(environment.getSource());
        }
    }

    /**
     * Queues the id the parent holds on this request's loader of the referenced entity type, which
     * graphql-java dispatches level by level: every reference to that type on the level is read
     * with one call of its {@link EntityLookup}, and each id at most once per query.
     */
    private record ReferenceFetcher(String loaderName, PropertyAccessor id, EntityLookup<?> lookup,
            BatchFieldFetcher pastFetcher) implements DataFetcher<CompletableFuture<Object>> {

        /**
         * The fetcher of the {@link Reference} method, checked against its parent and return types;
         * {@code pastFetcher} calls the method itself for parents read as of a past revision, whose
         * references are as of the same revision.
         */
        static ReferenceFetcher of(Method method, Class<?> parent, Reference reference,
                Map<Class<?>, EntityLookup<?>> lookups, BatchFieldFetcher pastFetcher) throws LeanEngine.Mismatch {
            String where = "@Reference on " + method.getDeclaringClass().getSimpleName() + "." + method.getName();
            PropertyAccessor id = PropertyAccessor.find(parent, reference.idField());
            if (id == PropertyAccessor.NONE || id.type() != Long.class) {
                throw new LeanEngine.Mismatch(where + ": " + parent.getSimpleName() + " has no Long property "
                        + reference.idField());
            }
            Class<?> entity = method.getGenericReturnType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> type ? type : null;
            EntityLookup<?> lookup = entity == null ? null : lookups.get(entity);
            if (lookup == null) {
                throw new LeanEngine.Mismatch(where + ": no EntityLookup bean finds what it returns, "
                        + method.getGenericReturnType());
            }
            return new ReferenceFetcher("EntityLookup:" + entity.getName(), id, lookup, pastFetcher);
        }

        @Override
        public CompletableFuture<Object> get(DataFetchingEnvironment environment) throws Exception {
            if (environment.getSource() instanceof KnowledgeEntity parent && parent.asOf() != null) {
                return pastFetcher.get(environment);
            }
            Object referenced = id.read(environment.getSource());
            if (referenced == null) {
                return CompletableFuture.completedFuture(null);
            }
            DataLoader<Object, Object> loader = environment.getDataLoaderRegistry().computeIfAbsent(loaderName,
                    name -> DataLoaderFactory.newDataLoader(this::load, DataLoaderOptions.newOptions()
                            // a mutation field may change what an earlier one read: read again
                            .setCachingEnabled(environment.getOperationDefinition().getOperation() != Operation.MUTATION)
                            .build()));
            return loader.load(referenced);
        }

        /** The entities with these ids, in their order; null for an id no entity has. */
        private CompletionStage<List<Object>> load(List<Object> ids) {
            try {
                return CompletableFuture.completedFuture(
                        Collections.unmodifiableList(Batch.lookup(ids, id -> (Long) id, lookup::findByIds)));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
    }
}
