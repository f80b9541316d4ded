package org.multivector.event;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.multivector.paging.Connection;
import org.multivector.paging.Cursor;
import org.multivector.paging.Edge;
import org.multivector.paging.Filter;
import org.multivector.paging.PageRequest;

@Type("EventConnection")
@Description("A page of events, in the order they were recorded.")
public class EventConnection extends Connection<Event, EventConnection.EventEdge> {

    public static final String NAME = "events";

    EventConnection(List<Event> fetched, PageRequest page, Filter filter) {
        super(fetched, page, event -> new Cursor(NAME, event.id, null), EventEdge::new, filter);
    }

    @Type("EventEdge")
    @Description("An event with its cursor.")
    public static class EventEdge extends Edge<Event> {

        EventEdge(String cursor, Event node) {
            super(cursor, node);
        }
    }
}
