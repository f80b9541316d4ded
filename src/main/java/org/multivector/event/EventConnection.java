package org.multivector.event;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.multivector.common.Connection;
import org.multivector.common.Cursor;
import org.multivector.common.Edge;
import org.multivector.common.Filter;
import org.multivector.common.PageRequest;

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
