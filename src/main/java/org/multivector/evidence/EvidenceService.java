package org.multivector.evidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.multivector.paging.PageRequest;
import org.multivector.persistence.Batch;
import org.multivector.persistence.KnowledgeEntity;
import org.multivector.persistence.ReadOnly;

@ApplicationScoped
@Transactional
public class EvidenceService {

    /** For each fact of one kind, the passages that state it: the {@code evidence} field of every fact type. */
    @ReadOnly
    public List<List<Evidence>> stating(StatedFact kind, List<? extends KnowledgeEntity> facts) {
        List<KnowledgeEntity> current = facts.stream().filter(fact -> fact.asOf() == null)
                .map(KnowledgeEntity.class::cast).toList();
        Iterator<List<Evidence>> currentEvidence = current.isEmpty() ? Collections.emptyIterator()
                : Batch.group(current, Evidence.findStating(kind, Batch.ids(current)), kind::factIdOf).iterator();
        List<List<Evidence>> result = new ArrayList<>(facts.size());
        for (KnowledgeEntity fact : facts) {
            result.add(fact.asOf() == null ? currentEvidence.next() : Evidence.keptIn(fact.asOf()));
        }
        return result;
    }

    /** The passages with these ids, in the order asked; null where no passage has the id. */
    @ReadOnly
    public List<Evidence> byIds(List<Long> ids) {
        return Batch.lookup(ids, Function.identity(), Evidence::listByIds);
    }

    /** A page of each actor's mentions, all pages in two statements. */
    @ReadOnly
    public List<EvidenceConnection> mentionsOf(List<? extends KnowledgeEntity> actors, PageRequest page) {
        long afterId = page.after() == null ? 0 : page.after().id();
        // one row more than the page per actor tells whether its next page exists
        List<Evidence> rows = Evidence.findMentionPages(Batch.ids(actors), afterId, page.size() + 1);
        List<List<Evidence>> byActor = Batch.group(actors, rows, mention -> mention.mentionedActorId);
        List<EvidenceConnection> connections = new ArrayList<>(actors.size());
        for (int i = 0; i < actors.size(); i++) {
            connections.add(new EvidenceConnection(actors.get(i).id, byActor.get(i), page));
        }
        return connections;
    }

    /** How many mentions each connection's actor has. */
    @ReadOnly
    public List<Integer> mentionCounts(List<EvidenceConnection> connections) {
        Set<Long> actorIds = new LinkedHashSet<>();
        connections.forEach(connection -> actorIds.add(connection.actorId()));
        Map<Long, Long> counts = Evidence.countMentionsOf(actorIds);
        return connections.stream().map(connection -> Math.toIntExact(counts.getOrDefault(connection.actorId(), 0L)))
                .toList();
    }
}
