package org.multivector.measure;

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
public class PunitiveMeasureService {

    @Inject
    PastRecords past;

    /** Measures matching the given actor ids, kind and status, as of a revision; null means "any" and "now". */
    @ReadOnly
    public PunitiveMeasureConnection list(Long imposerId, Long targetId, MeasureKind kind, MeasureStatus status,
            Collection<Certainty> certainty, PageRequest page, Long asOf) {
        Filter filter = new Filter()
                .and("imposerId = :imposer", "imposer", imposerId)
                .and("targetId = :target", "target", targetId)
                .and("kind = :kind", "kind", kind)
                .and("status = :status", "status", status)
                .and("certainty in :certainty", "certainty", certainty)
                .asOf(past, asOf, (PunitiveMeasure measure) -> Filter.matches(imposerId, measure.imposerId)
                        && Filter.matches(targetId, measure.targetId)
                        && Filter.matches(kind, measure.kind)
                        && Filter.matches(status, measure.status)
                        && Filter.matchesAny(certainty, measure.certainty));
        return new PunitiveMeasureConnection(filter.pageById(PunitiveMeasure.class, page), page, filter);
    }

    @ReadOnly
    public long count(Filter filter) {
        return filter.count(PunitiveMeasure.class);
    }

    /** For each actor, the measures it imposed, as of the revision it was read as of. */
    @ReadOnly
    public List<List<PunitiveMeasure>> imposedBy(List<? extends KnowledgeEntity> imposers) {
        return past.children(imposers, PunitiveMeasure.class, PunitiveMeasure::findByImposers,
                measure -> List.of(measure.imposerId));
    }

    /** For each actor, the measures aimed at it, as of the revision it was read as of. */
    @ReadOnly
    public List<List<PunitiveMeasure>> receivedBy(List<? extends KnowledgeEntity> targets) {
        return past.children(targets, PunitiveMeasure.class, PunitiveMeasure::findByTargets,
                measure -> List.of(measure.targetId));
    }
}
