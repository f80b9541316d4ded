package org.multivector.source;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.multivector.engine.EntityLookup;
import org.multivector.persistence.ReadOnly;

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
}
