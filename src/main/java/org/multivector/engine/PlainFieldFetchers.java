package org.multivector.engine;

import java.util.Set;
import java.util.function.Supplier;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.LightDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;

/**
 * Reads fields straight from their Java property. SmallRye's own fetcher for such fields sets up
 * its request context for each value it reads, which includes the selection below the field as
 * JSON, and graphql-java builds a fetching environment for it: on a page of 20 actors that took
 * more time than the database (bench/RESULTS.md has the profile). A property read needs neither.
 * Only fields that SmallRye serves with its plain {@link FieldDataFetcher} are replaced, and only
 * where it would hand the value on unchanged: values of the built-in scalars, enums and object
 * types, or lists of them (a custom scalar, a format or an adapter would transform it; the schema
 * has none). Where a source has no property of the field's name SmallRye still answers.
 */
final class PlainFieldFetchers {

    private static final Set<String> BUILT_IN_SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID");

    private PlainFieldFetchers() {
    }

    /** A plain fetcher for a field SmallRye fetches plainly and hands on unchanged; null for any other field. */
    static DataFetcher<?> replacing(GraphQLFieldDefinition field, DataFetcher<?> smallRyes) {
        return smallRyes instanceof FieldDataFetcher && holdsPlainValue(field.getType())
                ? new PlainFieldFetcher(field.getName(), smallRyes)
                : null;
    }

    private static boolean holdsPlainValue(GraphQLType type) {
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(type);
        return unwrapped instanceof GraphQLScalarType scalar ? BUILT_IN_SCALARS.contains(scalar.getName())
                : unwrapped instanceof GraphQLEnumType || unwrapped instanceof GraphQLObjectType
                        || unwrapped instanceof GraphQLUnionType || unwrapped instanceof GraphQLInterfaceType;
    }

    /** Reads one property, by the accessor found once per source class. */
    private static final class PlainFieldFetcher implements LightDataFetcher<Object> {

        private final DataFetcher<?> smallRyes;
        private final ClassValue<PropertyAccessor> accessors;

        PlainFieldFetcher(String property, DataFetcher<?> smallRyes) {
            this.smallRyes = smallRyes;
            this.accessors = new ClassValue<>() {
                @Override
                protected PropertyAccessor computeValue(Class<?> type) {
                    return PropertyAccessor.find(type, property);
                }
            };
        }

        @Override
        public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment)
                throws Exception {
            if (source == null) {
                return null;
            }
            PropertyAccessor accessor = accessors.get(source.getClass());
            return accessor == PropertyAccessor.NONE ? smallRyes.get(environment.get()) : accessor.read(source);
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
        }
    }
}
