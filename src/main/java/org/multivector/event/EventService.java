package org.multivector.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.multivector.common.ConflictException;
import org.multivector.common.EntityLookup;
import org.multivector.common.Filter;
import org.multivector.common.NotFoundException;
import org.multivector.common.PageRequest;
import org.multivector.common.ReadOnly;
import org.multivector.dataset.Dataset.EventEntry;
import org.multivector.dataset.FactWriter;
import org.multivector.measure.PunitiveMeasure;

@ApplicationScoped
@Transactional
public class EventService implements EntityLookup<Event> {

    @ReadOnly
    public EventConnection list(PageRequest page) {
        Filter filter = new Filter();
        Filter pageFilter = filter.afterId(page.after());
        List<Event> rows = Event.find(pageFilter.query() + " order by id", pageFilter.parameters())
                .range(0, page.size())
                .list();
        return new EventConnection(rows, page, filter);
    }

    @ReadOnly
    public long count(Filter filter) {
        return Event.count(filter.query(), filter.parameters());
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

    public Event add(EventEntry entry) {
        return new FactWriter(null).addEvent(entry, "input");
    }

    /** Replaces every field and the evidence of the event with this id. */
    public Event replace(long id, EventEntry entry) {
        return new FactWriter(null).writeEvent(existing(id), entry, "input");
    }

    public long delete(long id) {
        Event fact = existing(id);
        List<PunitiveMeasure> triggered = PunitiveMeasure.list("triggerEventId = ?1 order by id", id);
        if (!triggered.isEmpty()) {
            throw new ConflictException("Event " + id + " is the trigger of punitive measures "
                    + triggered.stream().map(measure -> measure.id.toString()).collect(Collectors.joining(", "))
                    + ": change those first");
        }
        fact.delete();
        return id;
    }

    private static Event existing(long id) {
        return Event.<Event> findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("No event has the id " + id));
    }
}
