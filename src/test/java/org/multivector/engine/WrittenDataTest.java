package org.multivector.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import io.smallrye.graphql.execution.ExecutionResponse;

class WrittenDataTest {

    @Test
    void smallRyeSendsWrittenDataCharacterForCharacterAsItWritesThePlainData() {
        assertNull(WrittenData.whyNot());
    }

    @Test
    void aResponseWithWrittenDataIsTheResponseSmallRyeWouldSend() {
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("name", "Kazakhstan");
        actor.put("description", null);
        actor.put("memberships", List.of(Map.of("status", "DECLINED", "organisation", Map.of("name", "BRICS"))));
        Map<String, Object> data = Map.of("actor", actor);
        ExecutionResult plain = ExecutionResultImpl.newExecutionResult().data(data)
                .addError(GraphqlErrorBuilder.newError().message("input.name: a value is required").build()).build();

        ExecutionResult written = WrittenData.in(plain);

        WrittenData writtenData = assertInstanceOf(WrittenData.class, written.getData());
        assertEquals(data, writtenData, "still the data's map, for code that reads it as one");
        assertEquals(plain.getErrors(), written.getErrors());
        assertEquals(new ExecutionResponse(plain).getExecutionResultAsString(),
                new ExecutionResponse(written).getExecutionResultAsString());
    }

    @Test
    void dataWithAValueOfAnotherTypeIsLeftToSmallRye() {
        ExecutionResult withDate = ExecutionResultImpl.newExecutionResult()
                .data(Map.of("event", Map.of("date", LocalDate.of(2024, 10, 23)))).build();
        assertSame(withDate, WrittenData.in(withDate));
        assertNull(WrittenData.of(Map.of("score", Double.NaN)));
        assertNotNull(WrittenData.of(Map.of("score", 0.5)));
    }

    @Test
    void aResultWithoutDataIsLeftAsItIs() {
        ExecutionResult failed = ExecutionResultImpl.newExecutionResult()
                .addError(GraphqlErrorBuilder.newError().message("Syntax error").build()).build();
        assertSame(failed, WrittenData.in(failed));
        ExecutionResult nullData = ExecutionResultImpl.newExecutionResult().data(null).build();
        assertSame(nullData, WrittenData.in(nullData));
    }
}
