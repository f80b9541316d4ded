package org.multivector.measure;

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
public class PunitiveMeasureService {

    /** Measures matching the given actor ids, kind and status; null means "any". */
    @ReadOnly
    public PunitiveMeasureConnection list(Long imposerId, Long targetId, MeasureKind kind, MeasureStatus status,
            Collection<Certainty> certainty, PageRequest page) {
        Filter filter = new Filter()
                .and("imposerId = :imposer", "imposer", imposerId)
                .and("targetId = :target", "target", targetId)
                .and("kind = :kind", "kind", kind)
                .and("status = :status", "status", status)
                .and("certainty in :certainty", "certainty", certainty);
        return new PunitiveMeasureConnection(filter.pageById(PunitiveMeasure.class, page), page, filter);
    }

    @ReadOnly
    public long count(Filter filter) {
        return filter.count(PunitiveMeasure.class);
    }

    @ReadOnly
    public List<PunitiveMeasure> imposedBy(Collection<Long> imposerIds) {
        return PunitiveMeasure.findByImposers(imposerIds);
    }

    @ReadOnly
    public List<PunitiveMeasure> receivedBy(Collection<Long> targetIds) {
        return PunitiveMeasure.findByTargets(targetIds);
    }
}
