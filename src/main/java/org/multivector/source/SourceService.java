package org.multivector.source;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.multivector.common.ConflictException;
import org.multivector.common.EntityLookup;
import org.multivector.common.NotFoundException;
import org.multivector.common.ReadOnly;
import org.multivector.dataset.Dataset.SourceEntry;
import org.multivector.dataset.FactWriter;
import org.multivector.evidence.Evidence;

@ApplicationScoped
@Transactional
public class SourceService implements EntityLookup<Source> {

    @ReadOnly
    public List<Source> listAll() {
        return Source.listInOrder();
    }

    @Override
    @ReadOnly
    public List<Source> findByIds(Set<Long> ids) {
        return Source.listByIds(ids);
    }

    public Source add(SourceEntry entry) {
        return new FactWriter(null).addSource(entry, "input");
    }

    /** Deletes a source that no evidence cites. */
    public long delete(long id) {
        Source source = Source.<Source> findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("No source has the id " + id));
        long quotes = Evidence.count("sourceId", id);
        if (quotes > 0) {
            throw new ConflictException("Source " + id + " ('" + source.title + "') is quoted by " + quotes
                    + " pieces of evidence: delete or change those facts first");
        }
        source.delete();
        return id;
    }
}
