package org.multivector.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.multivector.engine.EntityLookup;
import org.multivector.evidence.Certainty;
import org.multivector.paging.Filter;
import org.multivector.paging.PageRequest;
import org.multivector.persistence.PastRecords;
import org.multivector.persistence.ReadOnly;

@ApplicationScoped
@Transactional
public class EventService implements EntityLookup<Event> {

    @Inject
    PastRecords past;

    @ReadOnly
    public EventConnection list(Collection<Certainty> certainty, PageRequest page, Long asOf) {
        Filter filter = new Filter()
                .and("certainty in :certainty", "certainty", certainty)
                .asOf(past, asOf, (Event event) -> Filter.matchesAny(certainty, event.certainty));
        return new EventConnection(filter.pageById(Event.class, page), page, filter);
    }

    @ReadOnly
    public long count(Filter filter) {
        return filter.count(Event.class);
    }

    @Override
    @ReadOnly
    public List<Event> findByIds(Set<Long> ids) {
        return Event.listByIds(ids);
    }

    /** The participants' actor ids of each event; of a past event, as its state kept them. */
    @ReadOnly
    public Map<Event, List<Long>> participantIdsOf(List<Event> events) {
        Map<Long, List<Long>> current = new HashMap<>();
        List<Long> currentIds = events.stream().filter(event -> event.asOf() == null).map(event -> event.id).toList();
        if (!currentIds.isEmpty()) {
            for (Object[] pair : Event.findParticipantPairs(currentIds)) {
                current.computeIfAbsent((Long) pair[0], id -> new ArrayList<>()).add((Long) pair[1]);
            }
        }
        Map<Event, List<Long>> participants = new IdentityHashMap<>();
        events.forEach(event -> participants.put(event, event.asOf() != null ? event.asOf().ids("participantIds")
                : current.getOrDefault(event.id, List.of())));
        return participants;
    }
}
