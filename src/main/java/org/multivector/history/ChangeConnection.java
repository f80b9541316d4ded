package org.multivector.history;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.multivector.paging.Connection;
import org.multivector.paging.Cursor;
import org.multivector.paging.Edge;
import org.multivector.paging.Filter;
import org.multivector.paging.PageRequest;

@Type("ChangeConnection")
@Description("A page of changes, in revision order.")
public class ChangeConnection extends Connection<Change, ChangeConnection.ChangeEdge> {

    public static final String NAME = "changes";

    ChangeConnection(List<Change> fetched, PageRequest page, Filter filter) {
        super(fetched, page, change -> new Cursor(NAME, change.position, null), ChangeEdge::new, filter);
    }

    @Type("ChangeEdge")
    @Description("A change with its cursor.")
    public static class ChangeEdge extends Edge<Change> {

        ChangeEdge(String cursor, Change node) {
            super(cursor, node);
        }
    }
}
