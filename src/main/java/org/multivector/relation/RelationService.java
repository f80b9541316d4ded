package org.multivector.relation;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.multivector.evidence.Certainty;
import org.multivector.paging.Filter;
import org.multivector.paging.PageRequest;
import org.multivector.persistence.ReadOnly;

@ApplicationScoped
@Transactional
public class RelationService {

    /** Relations matching the given actor ids and type; null means "any". Types compare case-insensitively. */
    @ReadOnly
    public RelationConnection list(Long subjectId, Long objectId, String type, Collection<Certainty> certainty,
            PageRequest page) {
        Filter filter = new Filter()
                .and("subjectId = :subject", "subject", subjectId)
                .and("objectId = :object", "object", objectId)
                .and("type = :type", "type", type == null ? null : Relation.normaliseType(type))
                .and("certainty in :certainty", "certainty", certainty);
        return new RelationConnection(filter.pageById(Relation.class, page), page, filter);
    }

    @ReadOnly
    public long count(Filter filter) {
        return filter.count(Relation.class);
    }

    @ReadOnly
    public List<Relation> involving(Collection<Long> actorIds) {
        return Relation.findByActors(actorIds);
    }
}
