package org.multivector.measure;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.multivector.paging.Connection;
import org.multivector.paging.Cursor;
import org.multivector.paging.Edge;
import org.multivector.paging.Filter;
import org.multivector.paging.PageRequest;

@Type("PunitiveMeasureConnection")
@Description("A page of punitive measures, in the order they were recorded.")
public class PunitiveMeasureConnection extends Connection<PunitiveMeasure, PunitiveMeasureConnection.PunitiveMeasureEdge> {

    public static final String NAME = "punitiveMeasures";

    PunitiveMeasureConnection(List<PunitiveMeasure> fetched, PageRequest page, Filter filter) {
        super(fetched, page, measure -> new Cursor(NAME, measure.id, null), PunitiveMeasureEdge::new, filter);
    }

    @Type("PunitiveMeasureEdge")
    @Description("A punitive measure with its cursor.")
    public static class PunitiveMeasureEdge extends Edge<PunitiveMeasure> {

        PunitiveMeasureEdge(String cursor, PunitiveMeasure node) {
            super(cursor, node);
        }
    }
}
