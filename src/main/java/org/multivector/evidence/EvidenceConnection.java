package org.multivector.evidence;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;
import org.multivector.paging.Connection;
import org.multivector.paging.Cursor;
import org.multivector.paging.Edge;
import org.multivector.paging.Filter;
import org.multivector.paging.PageRequest;

@Type("EvidenceConnection")
@Description("A page of passages of sources, in the order they were recorded.")
public class EvidenceConnection extends Connection<Evidence, EvidenceConnection.EvidenceEdge> {

    public static final String NAME = "mentions";

    private final long actorId;

    EvidenceConnection(long actorId, List<Evidence> fetched, PageRequest page) {
        super(fetched, page, evidence -> new Cursor(NAME, evidence.id, null), EvidenceEdge::new,
                new Filter().and("mentionedActorId = :actor", "actor", actorId));
        this.actorId = actorId;
    }

    /** The actor whose mentions these are. */
    @Ignore
    public long actorId() {
        return actorId;
    }

    @Type("EvidenceEdge")
    @Description("A passage with its cursor.")
    public static class EvidenceEdge extends Edge<Evidence> {

        EvidenceEdge(String cursor, Evidence node) {
            super(cursor, node);
        }
    }
}
