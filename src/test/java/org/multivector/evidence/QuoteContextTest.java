package org.multivector.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where a quote's context is cut: the plain rules, without a service. */
class QuoteContextTest {

    static final String TEXT = "Astana said no. Moscow banned fruit. The West watched.";

    @Test
    void theContextIsCutCharsBeforeAndAfterTheQuoteWithinTheText() {
        QuoteContext context = QuoteContext.around(quote(TEXT, "Moscow banned fruit."), TEXT, 5);
        assertEquals(" no. Moscow banned fruit. The ", context.text);
        assertEquals(TEXT.indexOf("Moscow") - 5, context.start);
        assertEquals(context.start + context.text.length(), context.end);
        QuoteContext whole = QuoteContext.around(quote(TEXT, "Moscow banned fruit."), TEXT, 2000);
        assertEquals(TEXT, whole.text);
        assertEquals(0, whole.start);
        assertEquals(TEXT.length(), whole.end);
    }

    @Test
    void aCutNeverSplitsACharacterOfTwoCodeUnits() {
        String text = "\uD83C\uDDF7\uD83C\uDDFA banned fruit. \uD83C\uDDF0\uD83C\uDDFF";
        QuoteContext context = QuoteContext.around(quote(text, "banned fruit."), text, 2);
        // two code units before and after fall inside a flag's letters: each cut moves to keep the letter whole
        assertEquals("\uD83C\uDDFA banned fruit. \uD83C\uDDF0", context.text);
        assertEquals(2, context.start);
    }

    private static Evidence quote(String text, String quote) {
        return Evidence.of(1, quote, text.indexOf(quote));
    }
}
