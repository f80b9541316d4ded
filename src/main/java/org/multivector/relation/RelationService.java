package org.multivector.relation;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.multivector.common.Filter;
import org.multivector.common.NotFoundException;
import org.multivector.common.PageRequest;
import org.multivector.common.ReadOnly;
import org.multivector.dataset.Dataset.RelationEntry;
import org.multivector.dataset.FactWriter;

@ApplicationScoped
@Transactional
public class RelationService {

    /** Relations matching the given actor ids and type; null means "any". Types compare case-insensitively. */
    @ReadOnly
    public RelationConnection list(Long subjectId, Long objectId, String type, PageRequest page) {
        Filter filter = new Filter()
                .and("subjectId = :subject", "subject", subjectId)
                .and("objectId = :object", "object", objectId)
                .and("type = :type", "type", type == null ? null : normaliseType(type));
        Filter pageFilter = filter.afterId(page.after());
        List<Relation> rows = Relation.find(pageFilter.query() + " order by id", pageFilter.parameters())
                .range(0, page.size())
                .list();
        return new RelationConnection(rows, page, filter);
    }

    @ReadOnly
    public long count(Filter filter) {
        return Relation.count(filter.query(), filter.parameters());
    }

    @ReadOnly
    public List<Relation> involving(Collection<Long> actorIds) {
        return Relation.findByActors(actorIds);
    }

    /** Relation types are stored upper-case with underscores: "leader of" becomes LEADER_OF. */
    public static String normaliseType(String type) {
        return type.strip().replaceAll("[\\s-]+", "_").toUpperCase(Locale.ROOT);
    }

    public Relation add(RelationEntry entry) {
        return new FactWriter(null).addRelation(entry, "input");
    }

    /** Replaces every field and the evidence of the relation with this id. */
    public Relation replace(long id, RelationEntry entry) {
        return new FactWriter(null).writeRelation(existing(id), entry, "input");
    }

    public long delete(long id) {
        Relation fact = existing(id);
        fact.delete();
        return id;
    }

    private static Relation existing(long id) {
        return Relation.<Relation> findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("No relation has the id " + id));
    }
}
