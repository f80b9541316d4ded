package org.multivector.persistence;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.MappedSuperclass;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Base of every stored entity: a sequence-generated id, exposed to GraphQL as {@code ID!}.
 * Associations are kept as plain foreign-key ids, because every nested GraphQL field is
 * resolved in batches by id and never by walking a lazy association. Every insert, update and
 * delete is noted by {@link ChangeCapture}.
 */
@MappedSuperclass
@EntityListeners(ChangeCapture.class)
public abstract class KnowledgeEntity extends PanacheEntityBase {

    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    @Id
    @NonNull
    @Description("Stable identifier of this record.")
    public Long id;

    /**
     * The record a change of this row changes, as readers see it: the row itself by default
     * (its GraphQL type name and id); a name changes its actor, a quote its fact.
     */
    @Ignore
    public EntityKey changedRecord() {
        return ownKey();
    }

    /**
     * The record whose history a change of this row belongs to: {@link #changedRecord()} by
     * default; null for derived rows (an actor's mentions), which make no revision.
     */
    @Ignore
    public EntityKey revisedRecord() {
        return changedRecord();
    }

    /** This row as a record: its entity name and id. */
    @Ignore
    public EntityKey ownKey() {
        return new EntityKey(getClass().getSimpleName(), id);
    }
}
