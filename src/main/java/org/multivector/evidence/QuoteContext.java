package org.multivector.evidence;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A quote with the text around it, cut from its source so that a reader need not fetch the whole document. */
@Type("QuoteContext")
@Description("A stretch of a source's text around a quote: `source.text.substring(start, end)`. The quote lies in it "
        + "from `quote.start - start` to `quote.end - start`.")
public class QuoteContext {

    /** The most characters a client may ask for on each side of a quote. */
    public static final int MAX_CHARS = 2000;

    /** Characters on each side when the client does not say. */
    public static final int DEFAULT_CHARS = 200;

    @NonNull
    @Description("The quote and the text around it, verbatim.")
    public final String text;

    @NonNull
    @Description("Offset of `text`'s first character in source.text, in UTF-16 code units.")
    public final int start;

    @NonNull
    @Description("Offset just past `text`'s last character in source.text, in UTF-16 code units.")
    public final int end;

    private QuoteContext(String sourceText, int start, int end) {
        this.text = sourceText.substring(start, end);
        this.start = start;
        this.end = end;
    }

    /**
     * Up to {@code chars} characters of {@code sourceText} on each side of {@code quote}, one more where the cut
     * would split a character written as two UTF-16 code units.
     */
    static QuoteContext around(Evidence quote, String sourceText, int chars) {
        int from = Math.max(0, quote.start - chars);
        int to = Math.min(sourceText.length(), quote.end + chars);
        if (from > 0 && Character.isLowSurrogate(sourceText.charAt(from))) {
            from--;
        }
        if (to < sourceText.length() && Character.isLowSurrogate(sourceText.charAt(to))) {
            to++;
        }
        return new QuoteContext(sourceText, from, to);
    }
}
