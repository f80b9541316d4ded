package org.multivector.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** IN conditions of few shapes, so that Hibernate translates each batch query once. */
class BatchTest {

    @Test
    void idsArePaddedToAStepWithTheLastId() {
        Object[] parameters = Batch.inParameters(List.of(7L, 3L));
        assertEquals(Batch.IN_STEP, parameters.length);
        assertEquals(7L, parameters[0]);
        assertEquals(3L, parameters[1]);
        assertEquals(3L, parameters[Batch.IN_STEP - 1]);
    }

    @Test
    void moreIdsThanAStepTakeTwoSteps() {
        List<Long> ids = LongStream.rangeClosed(1, Batch.IN_STEP + 1).boxed().toList();
        Object[] parameters = Batch.inParameters(ids);
        assertEquals(2 * Batch.IN_STEP, parameters.length);
        assertEquals((long) Batch.IN_STEP + 1, parameters[2 * Batch.IN_STEP - 1]);
    }

    @Test
    void noIdsMatchNoRow() {
        Object[] parameters = Batch.inParameters(List.of());
        assertEquals(Batch.IN_STEP, parameters.length);
        assertArrayEquals(new Object[] { -1L, -1L }, new Object[] { parameters[0], parameters[Batch.IN_STEP - 1] });
    }

    @Test
    void theConditionHasOneParameterPerIdAndIsWrittenOnce() {
        Object[] parameters = Batch.inParameters(List.of(1L));
        String condition = Batch.in("actorId", parameters);
        assertEquals("actorId in (?1, ?2, ", condition.substring(0, 20));
        assertEquals(", ?" + Batch.IN_STEP + ")", condition.substring(condition.lastIndexOf(',')));
        assertSame(condition, Batch.in("actorId", parameters));
    }
}
