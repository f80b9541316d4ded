package org.multivector.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.multivector.paging.Connection;
import org.multivector.paging.Cursor;
import org.multivector.paging.Edge;
import org.multivector.paging.Filter;
import org.multivector.paging.PageRequest;

@Type("ActorConnection")
@Description("A page of actors, ordered by name.")
public class ActorConnection extends Connection<Actor, ActorConnection.ActorEdge> {

    /** Cursors of this connection carry the name key the actors are ordered by. */
    public static final String NAME = "actors";

    ActorConnection(List<Actor> fetched, PageRequest page, Filter filter) {
        super(fetched, page, actor -> new Cursor(NAME, actor.id, actor.nameKey), ActorEdge::new, filter);
    }

    @Type("ActorEdge")
    @Description("An actor with its cursor.")
    public static class ActorEdge extends Edge<Actor> {

        ActorEdge(String cursor, Actor node) {
            super(cursor, node);
        }
    }
}
