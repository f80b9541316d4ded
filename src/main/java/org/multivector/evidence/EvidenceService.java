package org.multivector.evidence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.multivector.persistence.Batch;
import org.multivector.persistence.KnowledgeEntity;
import org.multivector.persistence.ReadOnly;

@ApplicationScoped
@Transactional
public class EvidenceService {

    /** For each fact of one kind, the passages that state it: the {@code evidence} field of every fact type. */
    @ReadOnly
    public List<List<Evidence>> stating(StatedFact kind, List<? extends KnowledgeEntity> facts) {
        return Batch.group(facts, Evidence.findStating(kind, Batch.ids(facts)), kind::factIdOf);
    }
}
