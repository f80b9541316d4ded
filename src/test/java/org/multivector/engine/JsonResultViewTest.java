package org.multivector.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import io.smallrye.graphql.execution.ExecutionResponse;

/** Result data handed to SmallRye as a view is written out exactly as SmallRye writes the data itself. */
class JsonResultViewTest {

    enum Status {
        MEMBER
    }

    /** A value of no type SmallRye converts itself: it goes through JSON-B. */
    public static final class Point {
        public int x = 3;
        public String label = "p";
    }

    @Test
    void everyKindOfValueIsWrittenAsSmallRyeWritesIt() {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("name", "Kazakhstan \"KZ\" \\ Қазақстан\n\t\u0001 😀");
        member.put("status", Status.MEMBER);
        member.put("id", 12L);
        member.put("count", 7);
        member.put("small", (short) 3);
        member.put("tiny", (byte) 1);
        member.put("score", 0.1);
        member.put("whole", 2.0);
        member.put("ratio", 0.3f);
        member.put("exact", new BigDecimal("12.50"));
        member.put("big", new BigInteger("123456789012345678901234567890"));
        member.put("active", true);
        member.put("declined", false);
        member.put("description", null);
        member.put("point", new Point());
        member.put("aliases", List.of());
        member.put("tags", new LinkedHashSet<>(List.of("b", "a")));
        member.put("nothing", Map.of());
        member.put("nested", Arrays.asList(null, List.of(1, 2), Map.of("deep", List.of(Map.of("k", "v")))));
        List<Object> members = new ArrayList<>();
        members.add(member);
        members.add(null);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("actors", Map.of("nodes", members, "totalCount", 2));
        data.put("revision", 41);

        assertSameText(ExecutionResultImpl.newExecutionResult().data(data).build());
    }

    @Test
    void partialDataWithErrorsAndExtensionsIsWrittenAsSmallRyeWritesIt() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("actor", null);
        data.put("revision", 3);
        ExecutionResult result = ExecutionResultImpl.newExecutionResult()
                .data(data)
                .addError(GraphqlErrorBuilder.newError().message("input.name: a value is required").build())
                .extensions(Map.of("took", 5))
                .build();

        assertSameText(result);
    }

    @Test
    void theViewReadsAsAJsonTree() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", "BRICS");
        data.put("count", 4);
        data.put("open", true);
        data.put("none", null);
        data.put("list", List.of("a", 2L));

        JsonObject view = (JsonObject) JsonResultView.of(data);

        assertEquals(JsonValue.ValueType.OBJECT, view.getValueType());
        assertEquals("BRICS", view.getString("name"));
        assertEquals("fallback", view.getString("absent", "fallback"));
        assertEquals(4, view.getInt("count"));
        assertTrue(view.getBoolean("open"));
        assertTrue(view.isNull("none"));
        assertFalse(view.containsKey("absent"));
        assertEquals(5, view.size());
        JsonArray list = view.getJsonArray("list");
        assertEquals(List.of("a"), List.of(list.getString(0)));
        assertEquals(2L, list.getJsonNumber(1).longValue());
        assertEquals("fallback", list.getString(5, "fallback"));
        assertEquals(-1, list.getInt(0, -1));
        assertEquals(2, list.getInt(1, -1));
        assertTrue(list.getBoolean(-1, true));
        assertEquals(-1, view.getInt("name", -1));
        assertFalse(view.getBoolean("count", false));
        assertEquals("{\"name\":\"BRICS\",\"count\":4,\"open\":true,\"none\":null,\"list\":[\"a\",2]}", view.toString());
        assertInstanceOf(JsonArray.class, JsonResultView.of(new LinkedHashSet<>(List.of(1))));
        assertSame(JsonValue.NULL, JsonResultView.of(null));
    }

    /** SmallRye's text of the result, and of the same result with its data as a view, are the same. */
    private static void assertSameText(ExecutionResult result) {
        String smallRyes = new ExecutionResponse(result).getExecutionResultAsString();
        ExecutionResult viewed = result.transform(builder -> builder.data(JsonResultView.of(result.getData())));
        assertEquals(smallRyes, new ExecutionResponse(viewed).getExecutionResultAsString());
    }
}
