package org.multivector.engine;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonNumber;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import io.smallrye.graphql.execution.ExecutionResponse;

/**
 * A response's {@code data}, written as JSON text in one pass. SmallRye turns the data into a
 * tree of {@code jakarta.json} values (a builder and a map per object, a value object per leaf)
 * and then writes the tree: 12.5 to 14.2% of the deep query Q4's samples (JDK Flight Recorder,
 * tiers M and S). SmallRye hands a {@code jakarta.json} value it finds in the data on unchanged,
 * and Parsson writes a number as its {@code toString()}: this is such a number, whose text is the
 * whole data. It is also the data's {@link Map}, for code that reads the data as graphql-java left
 * it (SmallRye's web-socket handler asks whether it is a map).
 * <p>
 * Written as SmallRye writes it, character for character: {@link #whyNot()} checks so on a sample
 * when the engine is set up. Data that holds a value of another type than JSON's is left to
 * SmallRye ({@link #of} returns null).
 */
final class WrittenData extends AbstractMap<String, Object> implements JsonNumber {

    // Parsson writes a control character's escape in lower case: \u001f
    private static final JsonFactory JSON = JsonFactory.builder().disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE).build();

    private final Map<String, Object> data;
    private final String json;

    private WrittenData(Map<String, Object> data, String json) {
        this.data = data;
        this.json = json;
    }

    /** The result with its data written, or the result as it is when it has none this can write. */
    static ExecutionResult in(ExecutionResult result) {
        if (!result.isDataPresent() || !(result.getData() instanceof Map<?, ?> data)) {
            return result;
        }
        WrittenData written = of(data);
        return written == null ? result : result.transform(builder -> builder.data(written));
    }

    /** The data written, or null when it holds a value this does not write as SmallRye would. */
    @SuppressWarnings("unchecked")
    static WrittenData of(Map<?, ?> data) {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator out = JSON.createGenerator(text)) {
            if (!write(out, data)) {
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NumberFormatException notFinite) {
            return null;
        }
        return new WrittenData((Map<String, Object>) data, text.toString());
    }

    /** Writes the value; false at the first value of a type SmallRye might write otherwise. */
    private static boolean write(JsonGenerator out, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String string) {
            out.writeString(string);
        } else if (value instanceof Map<?, ?> object) {
            out.writeStartObject();
            for (Map.Entry<?, ?> field : object.entrySet()) {
                if (!(field.getKey() instanceof String name)) {
                    return false;
                }
                out.writeFieldName(name);
                if (!write(out, field.getValue())) {
                    return false;
                }
            }
            out.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            out.writeStartArray();
            for (Object element : list) {
                if (!write(out, element)) {
                    return false;
                }
            }
            out.writeEndArray();
        } else if (value instanceof Boolean bool) {
            out.writeBoolean(bool);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger || value instanceof BigDecimal) {
            out.writeNumber(value.toString());
        } else if (value instanceof Double number) {
            // as Parsson writes a double: its BigDecimal (1.0E+20, not Java's 1.0E20)
            out.writeNumber(BigDecimal.valueOf(number).toString());
        } else if (value instanceof Float number) {
            out.writeNumber(new BigDecimal(String.valueOf(number)).toString());
        } else {
            return false;
        }
        return true;
    }

    /**
     * Null when SmallRye writes this data as it writes the plain data, character for character,
     * on a sample of every kind of value; otherwise what differs.
     */
    static String whyNot() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("text", "quote \" backslash \\ slash / tab \t newline \n control \u0001 \u001f é ü 中 \u2028 😀");
        object.put("absent", null);
        object.put("numbers", List.of(0, -7, 9_007_199_254_740_993L, 0.1, 1.0E20, 2.5E-7, 1.5f, new BigDecimal("12.50"),
                new BigInteger("123456789012345678901234567890")));
        object.put("flags", List.of(true, false));
        object.put("empty", Map.of());
        object.put("nested", List.of(Map.of("name", "Kazakhstan"), List.of()));
        Map<String, Object> sample = Map.of("actors", object);
        String plain = new ExecutionResponse(ExecutionResultImpl.newExecutionResult().data(sample).build())
                .getExecutionResultAsString();
        WrittenData written = of(sample);
        if (written == null) {
            return "the sample data could not be written";
        }
        String ours = new ExecutionResponse(ExecutionResultImpl.newExecutionResult().data(written).build())
                .getExecutionResultAsString();
        return plain.equals(ours) ? null
                : "SmallRye writes the written data as " + ours + ", and the same data as " + plain;
    }

    /** The data's JSON text: what Parsson writes for a number. */
    @Override
    public String toString() {
        return json;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return data.entrySet();
    }

    @Override
    public ValueType getValueType() {
        return ValueType.NUMBER;
    }

    // Not a number: only its text is read, where JSON is written.

    @Override
    public boolean isIntegral() {
        return false;
    }

    @Override
    public int intValue() {
        throw notANumber();
    }

    @Override
    public int intValueExact() {
        throw notANumber();
    }

    @Override
    public long longValue() {
        throw notANumber();
    }

    @Override
    public long longValueExact() {
        throw notANumber();
    }

    @Override
    public BigInteger bigIntegerValue() {
        throw notANumber();
    }

    @Override
    public BigInteger bigIntegerValueExact() {
        throw notANumber();
    }

    @Override
    public double doubleValue() {
        throw notANumber();
    }

    @Override
    public BigDecimal bigDecimalValue() {
        throw notANumber();
    }

    private static UnsupportedOperationException notANumber() {
        return new UnsupportedOperationException("a response's written data, not a number");
    }
}
