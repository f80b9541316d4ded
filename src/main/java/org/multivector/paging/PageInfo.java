package org.multivector.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
@Description("Where a page stands in its connection (Relay cursor connections).")
public class PageInfo {

    @NonNull
    @Description("Whether rows follow this page: pass endCursor as `after` to fetch them.")
    public final boolean hasNextPage;

    @NonNull
    @Description("Whether rows precede this page, i.e. it was requested with `after`.")
    public final boolean hasPreviousPage;

    @Description("Cursor of the first row of this page; null when the page is empty.")
    public final String startCursor;

    @Description("Cursor of the last row of this page; null when the page is empty.")
    public final String endCursor;

    public PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
        this.hasNextPage = hasNextPage;
        this.hasPreviousPage = hasPreviousPage;
        this.startCursor = startCursor;
        this.endCursor = endCursor;
    }
}
