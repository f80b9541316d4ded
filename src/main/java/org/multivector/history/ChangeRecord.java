package org.multivector.history;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.multivector.persistence.Batch;
import org.multivector.persistence.ChangeOperation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One record's change in a revision, numbered in the order written (which is revision order):
 * the operation, the line that names the record and its state after the change (before it, for a
 * delete), as an entry of the import format in JSON.
 */
@Entity
@Table(name = "revision_change")
public class ChangeRecord extends PanacheEntityBase {

    @Id
    public Long id;

    public long revision;

    public String entity;

    @Column(name = "entity_id")
    public long entityId;

    @Enumerated(EnumType.STRING)
    public ChangeOperation operation;

    public String label;

    public String state;

    /** The latest change's id, 0 before the first. */
    public static long latestId() {
        Long latest = getEntityManager().createQuery("select max(id) from ChangeRecord", Long.class).getSingleResult();
        return latest == null ? 0 : latest;
    }

    /** The id of the first change of a revision after {@code revision}; none when no later revision changed anything. */
    public static Optional<Long> firstIdAfter(long revision) {
        return getEntityManager()
                .createQuery("select id from ChangeRecord where revision > ?1 order by revision, id", Long.class)
                .setParameter(1, revision).setMaxResults(1).getResultStream().findFirst();
    }

    /** The changes of these records of one entity, oldest first. */
    public static List<ChangeRecord> findOf(String entity, Collection<Long> ids) {
        Batch.IdCondition idIn = Batch.in("entityId", ids);
        Object[] parameters = Arrays.copyOf(idIn.parameters(), idIn.parameters().length + 1);
        parameters[parameters.length - 1] = entity;
        return list(idIn.hql() + " and entity = ?" + parameters.length + " order by id", parameters);
    }
}
