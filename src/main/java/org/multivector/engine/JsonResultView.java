package org.multivector.engine;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;

/**
 * graphql-java's result data (maps, lists and scalars) seen as a {@code jakarta.json} tree, each
 * value converted as the writer reaches it. SmallRye's {@code ExecutionResponse} hands a
 * {@link JsonValue} to the JSON writer as it is; anything else it first copies into a tree of its
 * own, value by value (Q4 at tier M: 8% of samples, besides 4% for writing it out). The values are
 * converted exactly as SmallRye's {@code toJsonValue} converts them, so the text is the same.
 */
final class JsonResultView {

    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonResultView() {
    }

    /** The data of a result as JSON, converted as it is read. */
    static JsonValue of(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof Map<?, ?> map) {
            return new ObjectView(map);
        }
        if (value instanceof List<?> list) {
            return new ArrayView(list);
        }
        if (value instanceof Collection<?> collection) {
            return new ArrayView(new ArrayList<>(collection));
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof String string) {
            return JSON.createValue(string);
        }
        if (value instanceof Double number) {
            return JSON.createValue(number.doubleValue());
        }
        if (value instanceof Float number) {
            return JSON.createValue(new BigDecimal(String.valueOf(number.floatValue())));
        }
        if (value instanceof Long number) {
            return JSON.createValue(number);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return JSON.createValue(((Number) value).intValue());
        }
        if (value instanceof BigDecimal number) {
            return JSON.createValue(number);
        }
        if (value instanceof BigInteger number) {
            return JSON.createValue(number);
        }
        if (value instanceof Enum<?> constant) {
            return JSON.createValue(constant.name());
        }
        return OtherValues.toJson(value);
    }

    /** Values of other types, as SmallRye writes them: through JSON-B. Built on first use only. */
    private static final class OtherValues {
        private static final Jsonb JSONB = JsonbBuilder.create();

        static JsonValue toJson(Object value) {
            try (JsonReader reader = JSON.createReader(new StringReader(JSONB.toJson(value)))) {
                return reader.readValue();
            }
        }
    }

    private static String text(JsonValue value) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = JSON.createWriter(text)) {
            writer.write(value);
        }
        return text.toString();
    }

    /** A map of the result as a JSON object. */
    static final class ObjectView extends AbstractMap<String, JsonValue> implements JsonObject {
        private final Map<?, ?> fields;

        ObjectView(Map<?, ?> fields) {
            this.fields = fields;
        }

        @Override
        public ValueType getValueType() {
            return ValueType.OBJECT;
        }

        @Override
        public Set<Entry<String, JsonValue>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, JsonValue>> iterator() {
                    Iterator<? extends Entry<?, ?>> entries = fields.entrySet().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return entries.hasNext();
                        }

                        @Override
                        public Entry<String, JsonValue> next() {
                            Entry<?, ?> entry = entries.next();
                            return new SimpleImmutableEntry<>(String.valueOf(entry.getKey()), of(entry.getValue()));
                        }
                    };
                }

                @Override
                public int size() {
                    return fields.size();
                }
            };
        }

        @Override
        public boolean containsKey(Object key) {
            return fields.containsKey(key);
        }

        @Override
        public JsonValue get(Object key) {
            return fields.containsKey(key) ? of(fields.get(key)) : null;
        }

        @Override
        public int size() {
            return fields.size();
        }

        @Override
        public JsonArray getJsonArray(String name) {
            return (JsonArray) get(name);
        }

        @Override
        public JsonObject getJsonObject(String name) {
            return (JsonObject) get(name);
        }

        @Override
        public JsonNumber getJsonNumber(String name) {
            return (JsonNumber) get(name);
        }

        @Override
        public JsonString getJsonString(String name) {
            return (JsonString) get(name);
        }

        @Override
        public String getString(String name) {
            return getJsonString(name).getString();
        }

        @Override
        public String getString(String name, String defaultValue) {
            return stringOr(get(name), defaultValue);
        }

        @Override
        public int getInt(String name) {
            return getJsonNumber(name).intValue();
        }

        @Override
        public int getInt(String name, int defaultValue) {
            return intOr(get(name), defaultValue);
        }

        @Override
        public boolean getBoolean(String name) {
            return booleanOf(present(get(name), name));
        }

        @Override
        public boolean getBoolean(String name, boolean defaultValue) {
            return booleanOr(get(name), defaultValue);
        }

        @Override
        public boolean isNull(String name) {
            return present(get(name), name) == JsonValue.NULL;
        }

        @Override
        public String toString() {
            return text(this);
        }
    }

    /** A list of the result as a JSON array. */
    static final class ArrayView extends AbstractList<JsonValue> implements JsonArray {
        private final List<?> items;

        ArrayView(List<?> items) {
            this.items = items;
        }

        @Override
        public ValueType getValueType() {
            return ValueType.ARRAY;
        }

        @Override
        public JsonValue get(int index) {
            return of(items.get(index));
        }

        @Override
        public Iterator<JsonValue> iterator() {
            Iterator<?> values = items.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return values.hasNext();
                }

                @Override
                public JsonValue next() {
                    return of(values.next());
                }
            };
        }

        @Override
        public int size() {
            return items.size();
        }

        @Override
        public JsonObject getJsonObject(int index) {
            return (JsonObject) get(index);
        }

        @Override
        public JsonArray getJsonArray(int index) {
            return (JsonArray) get(index);
        }

        @Override
        public JsonNumber getJsonNumber(int index) {
            return (JsonNumber) get(index);
        }

        @Override
        public JsonString getJsonString(int index) {
            return (JsonString) get(index);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T extends JsonValue> List<T> getValuesAs(Class<T> type) {
            return (List<T>) this;
        }

        @Override
        public String getString(int index) {
            return getJsonString(index).getString();
        }

        @Override
        public String getString(int index, String defaultValue) {
            return stringOr(valueAt(index), defaultValue);
        }

        @Override
        public int getInt(int index) {
            return getJsonNumber(index).intValue();
        }

        @Override
        public int getInt(int index, int defaultValue) {
            return intOr(valueAt(index), defaultValue);
        }

        @Override
        public boolean getBoolean(int index) {
            return booleanOf(get(index));
        }

        @Override
        public boolean getBoolean(int index, boolean defaultValue) {
            return booleanOr(valueAt(index), defaultValue);
        }

        /** The value at the index, or null past the ends. */
        private JsonValue valueAt(int index) {
            return index >= 0 && index < size() ? get(index) : null;
        }

        @Override
        public boolean isNull(int index) {
            return get(index) == JsonValue.NULL;
        }

        @Override
        public String toString() {
            return text(this);
        }
    }

    // What the accessors of both views share; a missing value (null) takes the default.

    private static String stringOr(JsonValue value, String defaultValue) {
        return value instanceof JsonString string ? string.getString() : defaultValue;
    }

    private static int intOr(JsonValue value, int defaultValue) {
        return value instanceof JsonNumber number ? number.intValue() : defaultValue;
    }

    private static boolean booleanOr(JsonValue value, boolean defaultValue) {
        return value == JsonValue.TRUE || value == JsonValue.FALSE ? value == JsonValue.TRUE : defaultValue;
    }

    private static boolean booleanOf(JsonValue value) {
        if (value == JsonValue.TRUE) {
            return true;
        }
        if (value == JsonValue.FALSE) {
            return false;
        }
        throw new ClassCastException("not a JSON boolean: " + value.getValueType());
    }

    /** The value of a field the caller names, which must be there, as {@link JsonObject} asks. */
    private static JsonValue present(JsonValue value, String name) {
        if (value == null) {
            throw new NullPointerException("no field " + name);
        }
        return value;
    }
}
