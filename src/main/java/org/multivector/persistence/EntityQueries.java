package org.multivector.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.Panache;

/** HQL queries over any entity type, for the helpers that serve every feature alike (batches, pages). */
public final class EntityQueries {

    /** Each entity's HQL name, looked up once: the queries of every request name it. */
    private static final ClassValue<String> NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return Panache.getEntityManager(type).getMetamodel().entity(type).getName();
        }
    };

    private EntityQueries() {
    }

    /**
     * {@code [select] from Entity where condition [order]}, answering {@code result}.
     *
     * @param select {@code "select count(*) "}, or empty for the entities themselves
     * @param order {@code " order by id"}, or empty
     */
    public static <R> TypedQuery<R> where(Class<?> entity, String select, String condition, String order,
            Class<R> result) {
        EntityManager entities = Panache.getEntityManager(entity);
        return entities.createQuery(select + "from " + NAMES.get(entity) + " where " + condition + order, result);
    }
}
