package org.multivector.evidence;

import org.multivector.persistence.EntityKey;

/** The kinds of fact that evidence states, each with the property of {@link Evidence} that points at one. */
public enum StatedFact {
    MEMBERSHIP("membershipId", "Membership"),
    MEASURE("measureId", "PunitiveMeasure"),
    RELATION("relationId", "Relation"),
    EVENT("eventId", "Event");

    private final String property;
    private final String typeName;

    StatedFact(String property, String typeName) {
        this.property = property;
        this.typeName = typeName;
    }

    /** The fact of this kind with this id, as {@link org.multivector.persistence.ChangeCapture} notes it. */
    public EntityKey changedRecord(long factId) {
        return new EntityKey(typeName, factId);
    }

    /** The property of {@link Evidence} that holds the id of a fact of this kind. */
    public String property() {
        return property;
    }

    /** The id of the fact of this kind that the evidence states, or null. */
    public Long factIdOf(Evidence evidence) {
        return switch (this) {
            case MEMBERSHIP -> evidence.membershipId;
            case MEASURE -> evidence.measureId;
            case RELATION -> evidence.relationId;
            case EVENT -> evidence.eventId;
        };
    }

    /** Makes the evidence state the fact of this kind with this id. */
    public void attach(Evidence evidence, Long factId) {
        switch (this) {
            case MEMBERSHIP -> evidence.membershipId = factId;
            case MEASURE -> evidence.measureId = factId;
            case RELATION -> evidence.relationId = factId;
            case EVENT -> evidence.eventId = factId;
        }
    }
}
