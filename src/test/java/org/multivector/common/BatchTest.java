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
    void idsArePaddedToAPowerOfTwoWithTheLastId() {
        Object[] parameters = Batch.inParameters(List.of(7L, 3L, 5L));
        assertArrayEquals(new Object[] { 7L, 3L, 5L, 5L }, parameters);
        assertArrayEquals(new Object[] { 7L, 7L }, Batch.inParameters(List.of(7L)));
        assertArrayEquals(new Object[] { 7L, 3L }, Batch.inParameters(List.of(7L, 3L)));
        assertEquals(Batch.IN_STEP, Batch.inParameters(LongStream.rangeClosed(1, 65).boxed().toList()).length);
        assertEquals(Batch.IN_STEP, Batch.inParameters(LongStream.rangeClosed(1, Batch.IN_STEP).boxed().toList()).length);
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
        assertArrayEquals(new Object[] { -1L, -1L }, Batch.inParameters(List.of()));
    }

    @Test
    void theConditionHasOneParameterPerIdAndIsWrittenOnce() {
        Object[] parameters = Batch.inParameters(List.of(1L, 2L, 3L));
        String condition = Batch.in("actorId", parameters);
        assertEquals("actorId in (?1, ?2, ?3, ?4)", condition);
        assertSame(condition, Batch.in("actorId", parameters));
        assertEquals("actorId in (?1, ?2)", Batch.in("actorId", Batch.inParameters(List.of(9L))));
    }
}
