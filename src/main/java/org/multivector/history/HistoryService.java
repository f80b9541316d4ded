package org.multivector.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.multivector.paging.Filter;
import org.multivector.paging.PageRequest;
import org.multivector.persistence.ReadOnly;

/** Reads the revisions: the latest number, the change feed and each record's history. */
@ApplicationScoped
@Transactional
public class HistoryService {

    /** The entities whose records have a history, by their GraphQL type names, in the order an import writes them. */
    public static final List<String> ENTITIES = List.of("Source", "Actor", "Event", "Membership", "PunitiveMeasure",
            "Relation");

    @ReadOnly
    public long latestRevision() {
        return Revision.latest();
    }

    /** The changes after revision {@code sinceRevision} of these entities (null: all), in revision order. */
    @ReadOnly
    public ChangeConnection changes(long sinceRevision, Collection<String> entities, PageRequest page) {
        // Changes take their ids in revision order (RevisionLog numbers a revision before writing its
        // changes, and holds the number until it commits): the changes after revision N are the ids
        // from the first change after N on, a range of the primary key. With "revision > N" instead,
        // the first call after a start took 4.4 s from revision 5 on tier M's log (now 1.5 s; later
        // calls 10-16 ms either way; bench/RESULTS.md), and 5.9 s from revision 0, which now has no
        // condition. No change after N: a range that holds none.
        Long fromId = sinceRevision > 0 ? ChangeRecord.firstIdAfter(sinceRevision).orElse(Long.MAX_VALUE) : null;
        Filter filter = new Filter()
                .and("id >= :fromId", "fromId", fromId)
                .and("entity in :entities", "entities", entities);
        return new ChangeConnection(withRevisions(filter.pageById(ChangeRecord.class, page)), page, filter);
    }

    @ReadOnly
    public long count(Filter filter) {
        return filter.count(ChangeRecord.class);
    }

    /** The changes of these records of one entity, oldest first, by record id. */
    @ReadOnly
    public Map<Long, List<Change>> historyOf(String entity, Collection<Long> ids) {
        Map<Long, List<Change>> history = new LinkedHashMap<>();
        for (Change change : withRevisions(ChangeRecord.findOf(entity, ids))) {
            history.computeIfAbsent(Long.parseLong(change.entityId), id -> new ArrayList<>()).add(change);
        }
        return history;
    }

    /** The id of the latest change, 0 before the first: where the live feed starts. */
    @ReadOnly
    public long latestChangeId() {
        return ChangeRecord.latestId();
    }

    /** The changes with their revisions' time and author, read in one statement. */
    private static List<Change> withRevisions(List<ChangeRecord> records) {
        Set<Long> numbers = new TreeSet<>();
        records.forEach(record -> numbers.add(record.revision));
        Map<Long, Revision> revisions = Revision.findByNumbers(numbers);
        return records.stream().map(record -> new Change(record, revisions.get(record.revision))).toList();
    }
}
