package org.multivector.persistence;

import java.util.List;
import java.util.Set;

/**
 * A CDI event fired after a transaction that changed records committed: the records it changed,
 * the {@link ChangeLog} rows it wrote for them and the number of its revision (0 when it changed
 * only derived data, such as mentions). Never fired for a rolled-back transaction.
 */
public record ChangesCommitted(Set<EntityKey> keys, List<Long> logSequence, long revision) {
}
