package org.multivector.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A row of a connection with its cursor. */
public abstract class Edge<T> {

    @NonNull
    @Description("Opaque cursor of this row: pass it as `after` to continue after it.")
    public final String cursor;

    @NonNull
    @Description("The row.")
    public final T node;

    protected Edge(String cursor, T node) {
        this.cursor = cursor;
        this.node = node;
    }
}
