package org.multivector.measure;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.multivector.common.Filter;
import org.multivector.common.NotFoundException;
import org.multivector.common.PageRequest;
import org.multivector.common.ReadOnly;
import org.multivector.dataset.Dataset.MeasureEntry;
import org.multivector.dataset.FactWriter;

@ApplicationScoped
@Transactional
public class PunitiveMeasureService {

    /** Measures matching the given actor ids, kind and status; null means "any". */
    @ReadOnly
    public PunitiveMeasureConnection list(Long imposerId, Long targetId, MeasureKind kind, MeasureStatus status,
            PageRequest page) {
        Filter filter = new Filter()
                .and("imposerId = :imposer", "imposer", imposerId)
                .and("targetId = :target", "target", targetId)
                .and("kind = :kind", "kind", kind)
                .and("status = :status", "status", status);
        Filter pageFilter = filter.afterId(page.after());
        List<PunitiveMeasure> rows = PunitiveMeasure.find(pageFilter.query() + " order by id", pageFilter.parameters())
                .range(0, page.size())
                .list();
        return new PunitiveMeasureConnection(rows, page, filter);
    }

    @ReadOnly
    public long count(Filter filter) {
        return PunitiveMeasure.count(filter.query(), filter.parameters());
    }

    @ReadOnly
    public List<PunitiveMeasure> imposedBy(Collection<Long> imposerIds) {
        return PunitiveMeasure.findByImposers(imposerIds);
    }

    @ReadOnly
    public List<PunitiveMeasure> receivedBy(Collection<Long> targetIds) {
        return PunitiveMeasure.findByTargets(targetIds);
    }

    public PunitiveMeasure add(MeasureEntry entry) {
        return new FactWriter(null).addMeasure(entry, "input");
    }

    /** Replaces every field and the evidence of the punitive measure with this id. */
    public PunitiveMeasure replace(long id, MeasureEntry entry) {
        return new FactWriter(null).writeMeasure(existing(id), entry, "input");
    }

    public long delete(long id) {
        PunitiveMeasure fact = existing(id);
        fact.delete();
        return id;
    }

    private static PunitiveMeasure existing(long id) {
        return PunitiveMeasure.<PunitiveMeasure> findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("No punitive measure has the id " + id));
    }
}
