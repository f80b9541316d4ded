package org.multivector.persistence;

import java.util.Collection;
import java.util.Map;

/**
 * Describes records as a transaction leaves them, for the revision that records the change: a
 * label ("Membership Kazakhstan → BRICS (DECLINED)") and the record's state as JSON. Implemented
 * above the features, which know what a record holds; called by {@link ChangeCapture} once the
 * transaction has flushed, in the transaction.
 */
public interface RecordStates {

    /** The records that exist, by key; a key without a record is left out. */
    Map<EntityKey, State> describe(Collection<EntityKey> keys);

    record State(String label, String json) {
    }
}
