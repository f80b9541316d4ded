package org.multivector.persistence;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ChangeOperation")
@Description("What a revision did to a record.")
public enum ChangeOperation {
    CREATED,
    UPDATED,
    DELETED;

    /** What a second change of the same record in one transaction makes of the first; null: no change at all. */
    ChangeOperation then(ChangeOperation next) {
        if (this == CREATED) {
            return next == DELETED ? null : CREATED;
        }
        return this == DELETED ? DELETED : next;
    }
}
