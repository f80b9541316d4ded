package org.multivector.relation;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.multivector.evidence.Certainty;
import org.multivector.paging.Filter;
import org.multivector.paging.PageRequest;
import org.multivector.persistence.KnowledgeEntity;
import org.multivector.persistence.PastRecords;
import org.multivector.persistence.ReadOnly;

@ApplicationScoped
@Transactional
public class RelationService {

    @Inject
    PastRecords past;

    /** Relations matching the given actor ids and type; null means "any". Types compare case-insensitively. */
    @ReadOnly
    public RelationConnection list(Long subjectId, Long objectId, String type, Collection<Certainty> certainty,
            PageRequest page, Long asOf) {
        String normalisedType = type == null ? null : Relation.normaliseType(type);
        Filter filter = new Filter()
                .and("subjectId = :subject", "subject", subjectId)
                .and("objectId = :object", "object", objectId)
                .and("type = :type", "type", normalisedType)
                .and("certainty in :certainty", "certainty", certainty)
                .asOf(past, asOf, (Relation relation) -> Filter.matches(subjectId, relation.subjectId)
                        && Filter.matches(objectId, relation.objectId)
                        && Filter.matches(normalisedType, relation.type)
                        && Filter.matchesAny(certainty, relation.certainty));
        return new RelationConnection(filter.pageById(Relation.class, page), page, filter);
    }

    @ReadOnly
    public long count(Filter filter) {
        return filter.count(Relation.class);
    }

    /** For each actor, the relations it is the subject or the object of, as of the revision it was read as of. */
    @ReadOnly
    public List<List<Relation>> involving(List<? extends KnowledgeEntity> actors) {
        return past.children(actors, Relation.class, Relation::findByActors,
                relation -> List.of(relation.subjectId, relation.objectId));
    }
}
