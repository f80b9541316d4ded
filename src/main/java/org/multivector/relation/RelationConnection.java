package org.multivector.relation;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.multivector.paging.Connection;
import org.multivector.paging.Cursor;
import org.multivector.paging.Edge;
import org.multivector.paging.Filter;
import org.multivector.paging.PageRequest;

@Type("RelationConnection")
@Description("A page of relations, in the order they were recorded.")
public class RelationConnection extends Connection<Relation, RelationConnection.RelationEdge> {

    public static final String NAME = "relations";

    RelationConnection(List<Relation> fetched, PageRequest page, Filter filter) {
        super(fetched, page, relation -> new Cursor(NAME, relation.id, null), RelationEdge::new, filter);
    }

    @Type("RelationEdge")
    @Description("A relation with its cursor.")
    public static class RelationEdge extends Edge<Relation> {

        RelationEdge(String cursor, Relation node) {
            super(cursor, node);
        }
    }
}
