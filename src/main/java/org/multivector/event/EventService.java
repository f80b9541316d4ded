package org.multivector.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.multivector.engine.EntityLookup;
import org.multivector.evidence.Certainty;
import org.multivector.paging.Filter;
import org.multivector.paging.PageRequest;
import org.multivector.persistence.ReadOnly;

@ApplicationScoped
@Transactional
public class EventService implements EntityLookup<Event> {

    @ReadOnly
    public EventConnection list(Collection<Certainty> certainty, PageRequest page) {
        Filter filter = new Filter()
                .and("certainty in :certainty", "certainty", certainty);
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

    /** Participant actor ids of each event, keyed by event id. */
    @ReadOnly
    public Map<Long, List<Long>> participantIdsOf(Collection<Long> eventIds) {
        Map<Long, List<Long>> participants = new HashMap<>();
        for (Object[] pair : Event.findParticipantPairs(eventIds)) {
            participants.computeIfAbsent((Long) pair[0], id -> new ArrayList<>()).add((Long) pair[1]);
        }
        return participants;
    }
}
