package org.multivector.search;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.multivector.common.SearchHit;

@Type("SearchResult")
@Description("A search hit with how well and where it matched.")
public class SearchResult {

    @NonNull
    @Description("How well the hit matches: higher is better. Comparable within one search only.")
    public final double score;

    @NonNull
    @Description("What matched: name, alias, description, summary, statedReason, assessedMotive, scope, quote or type.")
    public final String field;

    @NonNull
    @Description("The text that matched, with the matched words marked.")
    public final Highlight highlight;

    @NonNull
    @Description("The actor or fact found.")
    public final SearchHit node;

    SearchResult(double score, String field, Highlight highlight, SearchHit node) {
        this.score = score;
        this.field = field;
        this.highlight = highlight;
        this.node = node;
    }

    @Type("Highlight")
    @Description("A matched text and where in it the search words were found.")
    public static class Highlight {

        @NonNull
        @Description("The whole text of the matched field (a name, a quote ...).")
        public final String text;

        @NonNull
        @Description("The matched words, as offsets into `text` (UTF-16 code units, end exclusive), in order.")
        public final List<@NonNull TextRange> ranges;

        Highlight(String text, List<TextRange> ranges) {
            this.text = text;
            this.ranges = List.copyOf(ranges);
        }
    }

    @Type("TextRange")
    @Description("A stretch of a text: `text.substring(start, end)`.")
    public static class TextRange {

        @NonNull
        @Description("Offset of the first character.")
        public final int start;

        @NonNull
        @Description("Offset just after the last character.")
        public final int end;

        TextRange(int start, int end) {
            this.start = start;
            this.end = end;
        }
    }

    @Type("Facet")
    @Description("How many hits of one kind a search has.")
    public static class Facet {

        @NonNull
        @Description("A member of the SearchHit union: Actor, Event, PunitiveMeasure, Membership or Relation.")
        public final String type;

        @NonNull
        @Description("How many hits of this kind.")
        public final int count;

        Facet(String type, int count) {
            this.type = type;
            this.count = count;
        }
    }
}
