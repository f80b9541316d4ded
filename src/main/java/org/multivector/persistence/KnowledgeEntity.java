package org.multivector.persistence;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;

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

    /** Set on a record read as of a past revision ({@link PastRecords}), which is never stored. */
    @Transient
    private AsOf asOf;

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

    /** The revision and state this record was read as of; null for the record as it is now. */
    @Ignore
    public AsOf asOf() {
        return asOf;
    }

    /** The revision this record was read as of; null for the record as it is now. */
    @Ignore
    public Long pastRevision() {
        return asOf == null ? null : asOf.revision();
    }

    /** Marks a record built from a past state, not stored, as read as of that revision. */
    public void readAsOf(AsOf asOf) {
        this.asOf = asOf;
    }
}
