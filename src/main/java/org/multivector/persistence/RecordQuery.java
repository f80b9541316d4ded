package org.multivector.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.persistence.TypedQuery;

import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * A query for the records of an entity type. In a read-only session, an entity whose properties
 * are all plain columns (none lazy, no subclasses) is read as rows of its columns and each record
 * built outside the session: Hibernate's building of rows as entities (key resolution, the
 * persistence context, an entry per record) was most of the time of the measures a nested field
 * reads (Q4 of the peer benchmark at tier M: {@code PunitiveMeasure.findByTargets} 14% of the
 * samples, 8% in the entity initializer; bench/RESULTS.md). Such records are for reading only,
 * never to change or to persist. Write sessions, and the other entities, read entities.
 */
public final class RecordQuery<T> {

    /**
     * Hibernate's implicit alias of the entity, which the select list of columns names (properties
     * named like HQL words, such as {@code date}, stay names) and conditions may name too.
     */
    private static final String ALIAS = "this";

    /** The select list of an entity's id and properties, in its persister's order, and the persister. */
    private record Columns(String select, EntityPersister persister) {
    }

    /** Each entity's columns, or empty where its records are read as entities. */
    private static final Map<Class<?>, Optional<Columns>> COLUMNS = new ConcurrentHashMap<>();

    private final Class<T> type;
    private final TypedQuery<?> query;
    /** Null where the query reads entities. */
    private final EntityPersister persister;
    private final SharedSessionContractImplementor session;

    private RecordQuery(Class<T> type, TypedQuery<?> query, EntityPersister persister,
            SharedSessionContractImplementor session) {
        this.type = type;
        this.query = query;
        this.persister = persister;
        this.session = session;
    }

    /** {@code from Entity where condition [order]}, {@code order} being {@code " order by id"} or empty. */
    public static <T> RecordQuery<T> where(Class<T> type, String condition, String order) {
        Session session = Panache.getEntityManager(type).unwrap(Session.class);
        SharedSessionContractImplementor source = session.unwrap(SharedSessionContractImplementor.class);
        Optional<Columns> columns = session.isDefaultReadOnly()
                ? COLUMNS.computeIfAbsent(type,
                        entity -> columnsOf(source.getFactory().getMappingMetamodel().getEntityDescriptor(entity)))
                : Optional.empty();
        if (columns.isEmpty()) {
            return new RecordQuery<>(type, EntityQueries.where(type, "", condition, order, type), null, source);
        }
        TypedQuery<Object[]> rows = EntityQueries.where(type, columns.get().select(), condition, order, Object[].class);
        return new RecordQuery<>(type, rows, columns.get().persister(), source);
    }

    public RecordQuery<T> setParameter(int position, Object value) {
        query.setParameter(position, value);
        return this;
    }

    public RecordQuery<T> setParameter(String name, Object value) {
        query.setParameter(name, value);
        return this;
    }

    public RecordQuery<T> setMaxResults(int maxResults) {
        query.setMaxResults(maxResults);
        return this;
    }

    public List<T> list() {
        List<?> results = query.getResultList();
        List<T> records = new ArrayList<>(results.size());
        for (Object result : results) {
            if (persister == null) {
                records.add(type.cast(result));
                continue;
            }
            Object[] row = (Object[]) result;
            Object record = persister.instantiate(row[0], session);
            persister.setValues(record, Arrays.copyOfRange(row, 1, row.length));
            records.add(type.cast(record));
        }
        return records;
    }

    private static Optional<Columns> columnsOf(EntityPersister persister) {
        if (persister.hasSubclasses() || persister.isInherited() || !"id".equals(persister.getIdentifierPropertyName())) {
            return Optional.empty();
        }
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        boolean[] laziness = persister.getPropertyLaziness();
        for (int i = 0; i < names.length; i++) {
            if (laziness[i] || types[i].isAssociationType() || types[i].isCollectionType() || types[i].isComponentType()) {
                return Optional.empty();
            }
        }
        String select = Arrays.stream(names).map(name -> ALIAS + "." + name)
                .collect(Collectors.joining(", ", "select " + ALIAS + ".id, ", " "));
        return Optional.of(new Columns(select, persister));
    }
}
