package org.multivector.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The contract test's diff names the lines that changed, so a failure shows what to review. */
class SchemaDiffTest {

    @Test
    void aChangedFieldShowsAsOneRemovedAndOneAddedLine() {
        String diff = SchemaContractTest.diff(
                List.of("type Actor {", "  name: String!", "}"),
                List.of("type Actor {", "  name: String", "  kind: ActorKind!", "}"));
        assertEquals("+2:   name: String\n+3:   kind: ActorKind!\n-2:   name: String!", diff);
    }

    @Test
    void equalSchemasHaveNoDiff() {
        assertEquals("", SchemaContractTest.diff(List.of("a", "b"), List.of("a", "b")));
    }
}
