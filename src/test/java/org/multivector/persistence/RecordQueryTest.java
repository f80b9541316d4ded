package org.multivector.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.multivector.actor.Actor;
import org.multivector.event.Event;
import org.multivector.evidence.Evidence;
import org.multivector.measure.PunitiveMeasure;
import org.multivector.membership.Membership;
import org.multivector.relation.Relation;
import org.multivector.source.Source;
import org.multivector.support.ChangeLogFollowers;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Records read in a read-only session are built from rows: the stored records, field for field and
 * in the same order, outside the session, with one statement. Write sessions, and entities that are
 * not all plain columns, read entities.
 */
@QuarkusTest
class RecordQueryTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Session session;

    /** The followers of the change log take the seed in on threads of their own: not during the counts. */
    @BeforeEach
    void followersCaughtUp() {
        ChangeLogFollowers.caughtUp();
    }

    @ParameterizedTest
    @ValueSource(classes = { PunitiveMeasure.class, Membership.class, Relation.class, Evidence.class, Source.class,
            Actor.class })
    void readOnlyBatchesAreTheStoredRecordsBuiltFromRows(Class<? extends KnowledgeEntity> type) {
        List<Long> ids = storedIds(type);
        assertFalse(ids.isEmpty(), "the seed has " + type.getSimpleName() + " records");
        assertEquals(ids.size(), assertReadOnlyBatchIsTheStoredRecords(type, "id", ids).size(), "every stored id found");
    }

    /**
     * More than {@value Batch#LIST_MAX} ids are bound as one array: with ids that span much more
     * than their number, and with ids in a dense range (bounded by it too), absent ones among them.
     */
    @ParameterizedTest
    @ValueSource(longs = { 1_000_003L, 1L })
    void readOnlyBatchesOfManyIdsAreTheStoredRecords(long stepBetweenAbsentIds) {
        List<Long> ids = new ArrayList<>(storedIds(Relation.class));
        long highest = ids.stream().mapToLong(Long::longValue).max().orElseThrow();
        for (int i = 1; i <= Batch.LIST_MAX + 8; i++) {
            ids.add(highest + i * stepBetweenAbsentIds);
        }
        assertReadOnlyBatchIsTheStoredRecords(Relation.class, "id", ids);
    }

    @Test
    void readOnlyBatchesByAnotherPropertyAreTheStoredRecords() {
        List<Long> targetIds = QuarkusTransaction.requiringNew().call(() -> PunitiveMeasure.<PunitiveMeasure> listAll()
                .stream().map(measure -> measure.targetId).distinct().toList());
        assertFalse(targetIds.isEmpty(), "the seed has measures");
        assertReadOnlyBatchIsTheStoredRecords(PunitiveMeasure.class, "targetId", targetIds);
    }

    @Test
    void aPageReadOnlyIsBuiltFromRowsWithItsNamedParametersAndLimit() {
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> PunitiveMeasure.<PunitiveMeasure> listAll().stream()
                .map(measure -> measure.id).sorted().toList());
        assertTrue(ids.size() >= 2, "the seed has two measures at least");
        List<Long> page = QuarkusTransaction.requiringNew().call(() -> {
            session.setDefaultReadOnly(true);
            List<PunitiveMeasure> measures = RecordQuery.where(PunitiveMeasure.class, "this.id > :after", " order by id")
                    .setParameter("after", ids.get(0)).setMaxResults(1).list();
            measures.forEach(measure -> assertFalse(session.contains(measure), "built outside the session"));
            return measures.stream().map(measure -> measure.id).toList();
        });
        assertEquals(List.of(ids.get(1)), page);
    }

    @ParameterizedTest
    @ValueSource(booleans = { true, false })
    void entitiesWithACollectionAreReadAsEntitiesInEitherSession(boolean readOnly) {
        QuarkusTransaction.requiringNew().run(() -> {
            session.setDefaultReadOnly(readOnly);
            List<Long> ids = Event.<Event> listAll().stream().map(event -> event.id).toList();
            assertFalse(ids.isEmpty(), "the seed has events");
            List<Event> events = Batch.listInIdOrder(Event.class, "id", ids);
            assertEquals(ids.size(), events.size());
            events.forEach(event -> assertTrue(session.contains(event), "read as an entity"));
        });
    }

    private static List<Long> storedIds(Class<? extends KnowledgeEntity> type) {
        return QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager(type)
                .createQuery("select id from " + type.getSimpleName() + " order by id desc", Long.class)
                .getResultList());
    }

    /**
     * A read-only session's batch of the records whose {@code property} is one of {@code values}:
     * the records a write session reads as entities, field for field and in the same order, built
     * outside the session, with one statement. Answers them.
     */
    private List<List<Object>> assertReadOnlyBatchIsTheStoredRecords(Class<? extends KnowledgeEntity> type, String property,
            List<Long> values) {
        List<List<Object>> stored = QuarkusTransaction.requiringNew().call(() -> {
            List<? extends KnowledgeEntity> records = Batch.listInIdOrder(type, property, values);
            records.forEach(entity -> assertTrue(session.contains(entity), "a write session's records are managed"));
            return describe(records);
        });
        assertFalse(stored.isEmpty(), "some " + type.getSimpleName() + " records match");
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        List<List<Object>> fromRows = QuarkusTransaction.requiringNew().call(() -> {
            session.setDefaultReadOnly(true);
            List<? extends KnowledgeEntity> records = Batch.listInIdOrder(type, property, values);
            records.forEach(entity -> assertFalse(session.contains(entity), "built outside the session"));
            return describe(records);
        });

        assertEquals(stored, fromRows);
        assertEquals(1, statistics.getPrepareStatementCount(), "one statement");
        return fromRows;
    }

    /** Each record's id and property values, as its persister reads them. */
    private List<List<Object>> describe(List<? extends KnowledgeEntity> records) {
        return records.stream().map(record -> {
            EntityPersister persister = sessionFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                    .getEntityDescriptor(record.getClass());
            List<Object> values = new ArrayList<>(Arrays.asList(persister.getValues(record)));
            values.add(0, record.id);
            return values;
        }).toList();
    }
}
