package org.multivector.source;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.multivector.common.ReadOnly;

@ApplicationScoped
@Transactional
public class SourceService {

    @ReadOnly
    public List<Source> listAll() {
        return Source.listInOrder();
    }

    @ReadOnly
    public List<Source> findByIds(Set<Long> ids) {
        return Source.listByIds(ids);
    }
}
