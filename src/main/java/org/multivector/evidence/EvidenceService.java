package org.multivector.evidence;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.multivector.common.ReadOnly;

@ApplicationScoped
@Transactional
public class EvidenceService {

    @ReadOnly
    public List<Evidence> forMemberships(Collection<Long> ids) {
        return Evidence.findForMemberships(ids);
    }

    @ReadOnly
    public List<Evidence> forMeasures(Collection<Long> ids) {
        return Evidence.findForMeasures(ids);
    }

    @ReadOnly
    public List<Evidence> forRelations(Collection<Long> ids) {
        return Evidence.findForRelations(ids);
    }

    @ReadOnly
    public List<Evidence> forEvents(Collection<Long> ids) {
        return Evidence.findForEvents(ids);
    }
}
