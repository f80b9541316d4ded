package org.multivector.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.multivector.actor.Actor;
import org.multivector.measure.PunitiveMeasure;
import org.multivector.relation.Relation;

/** Batch queries of few shapes, and their rows lined up with the parents that asked for them. */
class BatchTest {

    @Test
    void idsArePaddedToAPowerOfTwoWithTheLastId() {
        assertArrayEquals(new Object[] { 7L, 3L, 5L, 5L }, Batch.in("actorId", List.of(7L, 3L, 5L)).parameters());
        assertArrayEquals(new Object[] { 7L, 7L }, Batch.in("actorId", List.of(7L)).parameters());
        assertArrayEquals(new Object[] { 7L, 3L }, Batch.in("actorId", List.of(7L, 3L)).parameters());
        assertEquals(Batch.LIST_MAX, Batch.in("actorId", ids(Batch.LIST_MAX / 2 + 1)).parameters().length);
        assertEquals(Batch.LIST_MAX, Batch.in("actorId", ids(Batch.LIST_MAX)).parameters().length);
    }

    @Test
    void noIdsMatchNoRow() {
        assertArrayEquals(new Object[] { -1L, -1L }, Batch.in("actorId", List.of()).parameters());
    }

    @Test
    void theListHasOneParameterPerPositionAndIsWrittenOnce() {
        String condition = Batch.in("actorId", List.of(1L, 2L, 3L)).hql();
        assertEquals("actorId in (?1, ?2, ?3, ?4)", condition);
        assertSame(condition, Batch.in("actorId", List.of(4L, 5L, 6L)).hql());
        assertEquals("actorId in (?1, ?2)", Batch.in("actorId", List.of(9L)).hql());
    }

    @Test
    void idsBeyondTheLongestListGoAsOneArrayParameterInTheirOrder() {
        List<Long> sparse = ids(Batch.LIST_MAX + 1).stream().map(id -> id * 1_000).toList();
        Batch.IdCondition condition = Batch.in("actorId", sparse);

        assertEquals("in_array(actorId, ?1)", condition.hql());
        assertSame(condition.hql(), Batch.in("actorId", ids(Batch.LIST_MAX + 2).stream().map(id -> id * 999).toList()).hql());
        assertEquals(1, condition.parameters().length);
        assertArrayEquals(sparse.toArray(Long[]::new), (Long[]) condition.parameters()[0]);
    }

    @Test
    void denseIdsBeyondTheLongestListAreAlsoBoundedByTheirRange() {
        List<Long> dense = new ArrayList<>(ids(Batch.LIST_MAX + 1));
        Collections.reverse(dense);
        Batch.IdCondition condition = Batch.in("actorId", dense);

        assertEquals("actorId between ?1 and ?2 and in_array(actorId, ?3)", condition.hql());
        assertEquals(List.of(1L, (long) Batch.LIST_MAX + 1), List.of(condition.parameters()[0], condition.parameters()[1]));
        assertArrayEquals(dense.toArray(Long[]::new), (Long[]) condition.parameters()[2]);
    }

    @Test
    void eachParentGetsItsChildrenInTheRowsOrderAndAParentWithoutAnyGetsAnEmptyList() {
        List<Actor> targets = List.of(actor(1), actor(2), actor(3));
        PunitiveMeasure first = measure(10, 4, 2);
        PunitiveMeasure second = measure(11, 4, 1);
        PunitiveMeasure third = measure(12, 5, 2);

        List<List<PunitiveMeasure>> received = Batch.group(targets, List.of(first, second, third),
                measure -> measure.targetId);

        assertEquals(List.of(List.of(second), List.of(first, third), List.of()), received);
    }

    @Test
    void aChildThatNamesAParentTwiceIsListedOnceForIt() {
        List<Actor> actors = List.of(actor(1), actor(2));
        Relation withItself = relation(10, 1, 1);
        Relation across = relation(11, 1, 2);

        List<List<Relation>> relations = Batch.groupByAny(actors, List.of(withItself, across),
                relation -> List.of(relation.subjectId, relation.objectId));

        assertEquals(List.of(List.of(withItself, across), List.of(across)), relations);
    }

    @Test
    void lookupLoadsEveryReferenceOnceInOneCallAndAnswersNullWhereThereIsNone() {
        Actor kazakhstan = actor(1);
        Actor russia = actor(2);
        List<PunitiveMeasure> measures = List.of(measure(10, 2, 1), measure(11, 1, 2), measure(12, 2, 1),
                measure(13, 99, 1));
        List<Set<Long>> calls = new ArrayList<>();

        List<Actor> imposers = Batch.lookup(measures, measure -> measure.imposerId, ids -> {
            calls.add(ids);
            return List.of(kazakhstan, russia);
        });

        assertEquals(List.of(Set.of(2L, 1L, 99L)), calls);
        assertSame(russia, imposers.get(0));
        assertSame(kazakhstan, imposers.get(1));
        assertSame(russia, imposers.get(2));
        assertNull(imposers.get(3));
    }

    @Test
    void lookupWithoutReferencesCallsNoLoader() {
        List<PunitiveMeasure> measures = List.of(measure(10, 1, 2), measure(11, 2, 1));
        List<Set<Long>> calls = new ArrayList<>();

        List<Actor> triggers = Batch.lookup(measures, measure -> null, ids -> {
            calls.add(ids);
            return List.of();
        });

        assertTrue(calls.isEmpty());
        assertEquals(2, triggers.size());
        assertNull(triggers.get(0));
        assertNull(triggers.get(1));
    }

    private static List<Long> ids(int count) {
        return LongStream.rangeClosed(1, count).boxed().toList();
    }

    private static Actor actor(long id) {
        Actor actor = new Actor();
        actor.id = id;
        return actor;
    }

    private static PunitiveMeasure measure(long id, long imposerId, long targetId) {
        PunitiveMeasure measure = new PunitiveMeasure();
        measure.id = id;
        measure.imposerId = imposerId;
        measure.targetId = targetId;
        return measure;
    }

    private static Relation relation(long id, long subjectId, long objectId) {
        Relation relation = new Relation();
        relation.id = id;
        relation.subjectId = subjectId;
        relation.objectId = objectId;
        return relation;
    }
}
