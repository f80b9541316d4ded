package org.multivector.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How the analyzer splits texts into words: apostrophes, possessives, diacritics and offsets. */
class SearchAnalyzerTest {

    @Test
    void everyApostropheReadsAsTheStraightOneWithTheOffsetsOfTheText() {
        for (String apostrophe : List.of("\u2019", "\u2018", "\u02BC", "\uFF07", "\u00B4", "`")) {
            String text = "Kazakhstan" + apostrophe + "s ban on C\u00F4te d" + apostrophe + "Ivoire";

            assertEquals(List.of(
                    new SearchAnalyzer.Word("kazakhstan", 0, 12),
                    new SearchAnalyzer.Word("ban", 13, 16),
                    new SearchAnalyzer.Word("on", 17, 19),
                    new SearchAnalyzer.Word("cote", 20, 24),
                    new SearchAnalyzer.Word("d'ivoire", 25, 33)), SearchAnalyzer.words(text), apostrophe);
        }
    }

    @Test
    void otherQuotationMarksAndHyphensSplitWords() {
        assertEquals(List.of(
                new SearchAnalyzer.Word("kassym", 1, 7),
                new SearchAnalyzer.Word("jomart", 8, 14),
                new SearchAnalyzer.Word("tokayev", 15, 22)), SearchAnalyzer.words("\u201CKassym-Jomart Tokayev\u201D"));
        assertEquals("kazakhstan s plan", SearchAnalyzer.key("Kazakhstan\u2033s plan"));
    }
}
