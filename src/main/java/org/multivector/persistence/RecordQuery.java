package org.multivector.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.persistence.TypedQuery;

import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.JdbcMapping;
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

    /**
     * An entity read as rows: the HQL select list of its id and properties, in its persister's
     * order, the same in SQL ({@code selectSql}, with its table), how each column is read, and the
     * persister.
     */
    private record Columns(String select, String selectSql, String idColumn, JdbcMapping idMapping,
            JdbcMapping[] propertyMappings, EntityPersister persister) {

        /** The column of a property, for a condition on it. */
        String columnOf(String property) {
            return property.equals(persister.getIdentifierPropertyName()) ? idColumn
                    : persister.getPropertyColumnNames(property)[0];
        }
    }

    /** The SQL statements of {@link #listIn}, by entity, property, condition and order. */
    private record StatementKey(Class<?> type, String property, String condition, boolean inIdOrder) {
    }

    private static final Map<StatementKey, String> STATEMENTS = new ConcurrentHashMap<>();

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
        SharedSessionContractImplementor session = session(type);
        Optional<Columns> columns = columns(type, session);
        if (columns.isEmpty()) {
            return new RecordQuery<>(type, EntityQueries.where(type, "", condition, order, type), null, session);
        }
        TypedQuery<Object[]> rows = EntityQueries.where(type, columns.get().select(), condition, order, Object[].class);
        return new RecordQuery<>(type, rows, columns.get().persister(), session);
    }

    /**
     * The records of {@code type} whose {@code property} meets the id condition, in id order or
     * in any. Where {@link #where} would read rows, this reads them with a SQL statement of its own,
     * written once per entity, property and shape of condition, and Hibernate's JDBC mapping of
     * each column: no query of Hibernate's to set up, bind and run for each batch. The statement is
     * prepared and run through the session's JDBC coordinator, so Hibernate's statistics, logging
     * and statement inspector see it as one of its own.
     */
    public static <T> List<T> listIn(Class<T> type, String property, Batch.IdCondition condition, boolean inIdOrder) {
        SharedSessionContractImplementor session = session(type);
        Optional<Columns> columns = columns(type, session);
        if (columns.isEmpty()) {
            return condition.bind(EntityQueries.where(type, "", condition.hql(), inIdOrder ? " order by id" : "", type))
                    .getResultList();
        }
        Columns read = columns.get();
        String sql = STATEMENTS.computeIfAbsent(new StatementKey(type, property, condition.sql(), inIdOrder),
                key -> read.selectSql() + " where " + condition.sqlOn(read.columnOf(property))
                        + (inIdOrder ? " order by " + read.idColumn() : ""));
        return readRows(type, read, sql, condition.parameters(), session);
    }

    private static <T> List<T> readRows(Class<T> type, Columns columns, String sql, Object[] parameters,
            SharedSessionContractImplementor session) {
        JdbcCoordinator jdbc = session.getJdbcCoordinator();
        String inspected = session.getJdbcSessionContext().getStatementInspector().inspect(sql);
        PreparedStatement statement = jdbc.getStatementPreparer().prepareQueryStatement(inspected, false, null);
        try {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof Long[] ids) {
                    statement.setArray(i + 1, jdbc.getLogicalConnection().getPhysicalConnection()
                            .createArrayOf("BIGINT", ids));
                } else {
                    statement.setLong(i + 1, (Long) parameters[i]);
                }
            }
            ResultSet rows = jdbc.getResultSetReturn().extract(statement, inspected);
            List<T> records = new ArrayList<>();
            JdbcMapping[] mappings = columns.propertyMappings();
            while (rows.next()) {
                Object id = read(columns.idMapping(), rows, 1, session);
                Object[] values = new Object[mappings.length];
                for (int i = 0; i < mappings.length; i++) {
                    values[i] = read(mappings[i], rows, i + 2, session);
                }
                Object record = columns.persister().instantiate(id, session);
                columns.persister().setValues(record, values);
                records.add(type.cast(record));
            }
            jdbc.getLogicalConnection().getResourceRegistry().release(rows, statement);
            return records;
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, "Reading records by id failed", inspected);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(statement);
            jdbc.afterStatementExecution();
        }
    }

    private static Object read(JdbcMapping mapping, ResultSet rows, int position, SharedSessionContractImplementor session)
            throws SQLException {
        return mapping.convertToDomainValue(mapping.getJdbcValueExtractor().extract(rows, position, session));
    }

    private static SharedSessionContractImplementor session(Class<?> type) {
        return Panache.getEntityManager(type).unwrap(SharedSessionContractImplementor.class);
    }

    /** The entity's columns where the session reads rows (a read-only one), else empty. */
    private static Optional<Columns> columns(Class<?> type, SharedSessionContractImplementor session) {
        return session.isDefaultReadOnly()
                ? COLUMNS.computeIfAbsent(type,
                        entity -> columnsOf(session.getFactory().getMappingMetamodel().getEntityDescriptor(entity)))
                : Optional.empty();
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
        String idColumn = persister.getIdentifierColumnNames()[0];
        JdbcMapping[] mappings = new JdbcMapping[names.length];
        StringBuilder selectSql = new StringBuilder("select ").append(idColumn);
        for (int i = 0; i < names.length; i++) {
            String[] columns = persister.getPropertyColumnNames(names[i]);
            if (columns.length != 1) {
                return Optional.empty();
            }
            mappings[i] = persister.getAttributeMapping(i).getSingleJdbcMapping();
            selectSql.append(", ").append(columns[0]);
        }
        selectSql.append(" from ").append(persister.getTableName());
        return Optional.of(new Columns(select, selectSql.toString(), idColumn,
                persister.getIdentifierMapping().getSingleJdbcMapping(), mappings, persister));
    }
}
