package org.multivector.membership;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.multivector.paging.Connection;
import org.multivector.paging.Cursor;
import org.multivector.paging.Edge;
import org.multivector.paging.Filter;
import org.multivector.paging.PageRequest;

@Type("MembershipConnection")
@Description("A page of memberships, in the order they were recorded.")
public class MembershipConnection extends Connection<Membership, MembershipConnection.MembershipEdge> {

    public static final String NAME = "memberships";

    MembershipConnection(List<Membership> fetched, PageRequest page, Filter filter) {
        super(fetched, page, membership -> new Cursor(NAME, membership.id, null), MembershipEdge::new, filter);
    }

    @Type("MembershipEdge")
    @Description("A membership with its cursor.")
    public static class MembershipEdge extends Edge<Membership> {

        MembershipEdge(String cursor, Membership node) {
            super(cursor, node);
        }
    }
}
