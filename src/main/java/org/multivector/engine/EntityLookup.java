package org.multivector.engine;

import java.util.List;
import java.util.Set;

import org.multivector.persistence.KnowledgeEntity;

/** Finds entities of one type by id, many at once: the loader of {@link Reference} fields. */
public interface EntityLookup<T extends KnowledgeEntity> {

    /** The entities with these ids, in any order; ids no entity has are left out. */
    List<T> findByIds(Set<Long> ids);
}
