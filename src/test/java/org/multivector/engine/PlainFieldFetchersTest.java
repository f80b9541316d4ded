package org.multivector.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import graphql.Scalars;
import graphql.schema.Coercing;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLUnionType;
import graphql.schema.LightDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;

/**
 * Plain fields are read straight from their Java property, but only where SmallRye's own fetcher
 * would have handed the value on unchanged; where the source has no such property SmallRye answers.
 */
class PlainFieldFetchersTest {

    private static final GraphQLObjectType ACTOR = GraphQLObjectType.newObject()
            .name("Actor")
            .field(field("name", Scalars.GraphQLString))
            .build();

    private static final GraphQLEnumType KIND = GraphQLEnumType.newEnum()
            .name("ActorKind")
            .value("STATE")
            .build();

    private static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
            .name("DateTime")
            .coercing(new Coercing<Object, Object>() {
            })
            .build();

    // --- which fields are replaced

    @Test
    void everyBuiltInScalarIsReplaced() {
        for (GraphQLScalarType scalar : List.of(Scalars.GraphQLString, Scalars.GraphQLInt, Scalars.GraphQLFloat,
                Scalars.GraphQLBoolean, Scalars.GraphQLID)) {
            assertNotNull(PlainFieldFetchers.replacing(field("value", scalar), new SmallRyesFieldFetcher()),
                    scalar.getName());
        }
    }

    @Test
    void enumsObjectsUnionsAndInterfacesAreReplaced() {
        GraphQLUnionType searchHit = GraphQLUnionType.newUnionType().name("SearchHit").possibleType(ACTOR).build();
        GraphQLInterfaceType node = GraphQLInterfaceType.newInterface()
                .name("Node")
                .field(field("id", Scalars.GraphQLID))
                .build();
        for (GraphQLOutputType type : List.of(KIND, ACTOR, searchHit, node)) {
            assertNotNull(PlainFieldFetchers.replacing(field("value", type), new SmallRyesFieldFetcher()),
                    type.toString());
        }
    }

    @Test
    void listsAndNonNullsAreJudgedByWhatTheyWrap() {
        GraphQLOutputType listOfNames = GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(
                Scalars.GraphQLString)));
        GraphQLOutputType listOfDates = GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(DATE_TIME)));
        assertNotNull(PlainFieldFetchers.replacing(field("aliases", listOfNames), new SmallRyesFieldFetcher()));
        assertNull(PlainFieldFetchers.replacing(field("dates", listOfDates), new SmallRyesFieldFetcher()));
    }

    @Test
    void aCustomScalarStaysSmallRyes() {
        // SmallRye's fetcher transforms such values (dates, big numbers); a property read would not
        assertNull(PlainFieldFetchers.replacing(field("createdAt", DATE_TIME), new SmallRyesFieldFetcher()));
    }

    @Test
    void aFetcherOtherThanSmallRyesFieldFetcherStaysAsItIs() {
        DataFetcher<Object> resolver = environment -> "resolved";
        assertNull(PlainFieldFetchers.replacing(field("name", Scalars.GraphQLString), resolver));
    }

    // --- what the replacement reads

    @Test
    void readsAPublicGetter() throws Exception {
        DataFetcher<?> fetcher = replacingName();
        assertEquals("Kazakhstan", fetcher.get(environmentOf(new WithGetter("Kazakhstan"))));
    }

    @Test
    void readsARecordAccessor() throws Exception {
        DataFetcher<?> fetcher = replacingName();
        assertEquals("Russia", fetcher.get(environmentOf(new NamedRecord("Russia"))));
    }

    @Test
    void readsAPublicField() throws Exception {
        DataFetcher<?> fetcher = replacingName();
        assertEquals("BRICS", fetcher.get(environmentOf(new WithPublicField("BRICS"))));
    }

    @Test
    void aNullSourceGivesNull() throws Exception {
        DataFetcher<?> fetcher = replacingName();
        assertNull(fetcher.get(environmentOf(null)));
    }

    @Test
    void aSourceWithoutThePropertyIsLeftToSmallRye() throws Exception {
        DataFetcher<?> fetcher = replacingName();
        assertSame(SmallRyesFieldFetcher.ANSWER, fetcher.get(environmentOf(new WithoutName())));
    }

    @Test
    void eachSourceClassGetsItsOwnAccessor() throws Exception {
        // the accessor is remembered per class: one class's lack must not hide another's property
        DataFetcher<?> fetcher = replacingName();
        assertSame(SmallRyesFieldFetcher.ANSWER, fetcher.get(environmentOf(new WithoutName())));
        assertEquals("Kazakhstan", fetcher.get(environmentOf(new WithGetter("Kazakhstan"))));
        assertEquals("BRICS", fetcher.get(environmentOf(new WithPublicField("BRICS"))));
    }

    @Test
    void aLightReadBuildsNoEnvironmentWhereThePropertyExists() throws Exception {
        GraphQLFieldDefinition name = field("name", Scalars.GraphQLString);
        LightDataFetcher<?> fetcher = assertInstanceOf(LightDataFetcher.class,
                PlainFieldFetchers.replacing(name, new SmallRyesFieldFetcher()));
        Supplier<DataFetchingEnvironment> noEnvironment = () -> fail("the environment was built");
        assertEquals("Kazakhstan", fetcher.get(name, new WithGetter("Kazakhstan"), noEnvironment));
        assertNull(fetcher.get(name, null, noEnvironment));
    }

    @Test
    void aLightReadHandsSmallRyeTheEnvironmentWhereThePropertyIsMissing() throws Exception {
        GraphQLFieldDefinition name = field("name", Scalars.GraphQLString);
        SmallRyesFieldFetcher smallRyes = new SmallRyesFieldFetcher();
        LightDataFetcher<?> fetcher = assertInstanceOf(LightDataFetcher.class,
                PlainFieldFetchers.replacing(name, smallRyes));
        DataFetchingEnvironment environment = environmentOf(new WithoutName());
        assertSame(SmallRyesFieldFetcher.ANSWER, fetcher.get(name, environment.getSource(), () -> environment));
        assertSame(environment, smallRyes.received);
    }

    @Test
    void aGetterThatThrowsPassesItsOwnExceptionOn() {
        // not the reflective wrapper, so that the error reported names what went wrong
        DataFetcher<?> fetcher = replacingName();
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> fetcher.get(environmentOf(new WithFailingGetter())));
        assertEquals("no name yet", thrown.getMessage());
    }

    // --- PropertyAccessor.find

    @Test
    void aGetterIsPreferredToAPublicFieldOfTheSameName() throws Exception {
        PropertyAccessor accessor = PropertyAccessor.find(FieldAndGetter.class, "name");
        assertNotNull(accessor.method(), "a getter, as Quarkus generates for Panache entities' fields");
        assertEquals("from getter", accessor.read(new FieldAndGetter()));
    }

    @Test
    void aBooleanIsReadByItsIsMethod() throws Exception {
        PropertyAccessor accessor = PropertyAccessor.find(WithIsMethod.class, "active");
        assertEquals("isActive", accessor.method().getName());
        assertEquals(Boolean.TRUE, accessor.read(new WithIsMethod()));
        assertEquals(boolean.class, accessor.type());
    }

    @Test
    void aRecordIsReadByItsAccessor() throws Exception {
        PropertyAccessor accessor = PropertyAccessor.find(NamedRecord.class, "name");
        assertEquals("name", accessor.method().getName());
        assertEquals("Russia", accessor.read(new NamedRecord("Russia")));
    }

    @Test
    void aPublicFieldIsReadWhereNoMethodIs() throws Exception {
        PropertyAccessor accessor = PropertyAccessor.find(WithPublicField.class, "name");
        assertNull(accessor.method());
        assertNotNull(accessor.field());
        assertEquals(String.class, accessor.type());
        assertEquals("BRICS", accessor.read(new WithPublicField("BRICS")));
    }

    @Test
    void staticMembersAreNotProperties() {
        assertSame(PropertyAccessor.NONE, PropertyAccessor.find(WithStaticMembers.class, "name"));
        assertSame(PropertyAccessor.NONE, PropertyAccessor.find(WithStaticMembers.class, "count"));
    }

    @Test
    void voidMethodsAreNotProperties() {
        assertSame(PropertyAccessor.NONE, PropertyAccessor.find(WithVoidMethod.class, "name"));
    }

    @Test
    void aClassWithoutThePropertyHasNone() {
        assertSame(PropertyAccessor.NONE, PropertyAccessor.find(WithoutName.class, "name"));
        assertSame(PropertyAccessor.NONE, PropertyAccessor.find(WithPrivateField.class, "name"),
                "a private field is no public property");
    }

    // --- fixtures

    private static GraphQLFieldDefinition field(String name, GraphQLOutputType type) {
        return GraphQLFieldDefinition.newFieldDefinition().name(name).type(type).build();
    }

    private static DataFetcher<?> replacingName() {
        return PlainFieldFetchers.replacing(field("name", Scalars.GraphQLString), new SmallRyesFieldFetcher());
    }

    private static DataFetchingEnvironment environmentOf(Object source) {
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .source(source)
                .fieldDefinition(field("name", Scalars.GraphQLString))
                .build();
    }

    /**
     * Passes as SmallRye's plain fetcher (the replacement is only made for that class) and answers
     * with a mark of its own, so that falling back to SmallRye shows.
     */
    private static final class SmallRyesFieldFetcher extends FieldDataFetcher<Object> {

        static final Object ANSWER = new Object();

        DataFetchingEnvironment received;

        SmallRyesFieldFetcher() {
            super(null, null, null);
        }

        @Override
        public Object get(DataFetchingEnvironment environment) {
            received = environment;
            return ANSWER;
        }
    }

    public static final class WithGetter {
        private final String name;

        WithGetter(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }
    }

    public record NamedRecord(String name) {
    }

    public static final class WithPublicField {
        public final String name;

        WithPublicField(String name) {
            this.name = name;
        }
    }

    public static final class WithoutName {
        public String title = "not a name";
    }

    public static final class WithFailingGetter {
        public String getName() {
            throw new IllegalStateException("no name yet");
        }
    }

    public static final class FieldAndGetter {
        public String name = "from field";

        public String getName() {
            return "from getter";
        }
    }

    public static final class WithIsMethod {
        public boolean isActive() {
            return true;
        }
    }

    public static final class WithStaticMembers {
        public static String count = "static field";

        public static String getName() {
            return "static getter";
        }
    }

    public static final class WithVoidMethod {
        public void name() {
        }
    }

    public static final class WithPrivateField {
        @SuppressWarnings("unused")
        private String name = "hidden";
    }
}
