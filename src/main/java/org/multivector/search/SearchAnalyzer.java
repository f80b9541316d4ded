package org.multivector.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * How texts and queries become words: Unicode word boundaries (UAX #29; hyphens split, so
 * "Kassym-Jomart" is two words), every apostrophe read as {@code '}, a possessive {@code 's}
 * dropped ("Kazakhstan’s" is "kazakhstan"), diacritics folded ("Côte" is "cote"), lower case.
 * No stemming and no stop words: every word typed must be found as typed, a prefix or a near miss.
 */
final class SearchAnalyzer extends Analyzer {

    static final SearchAnalyzer INSTANCE = new SearchAnalyzer();

    /** A word of a text and where it stands in it. */
    record Word(String term, int start, int end) {
    }

    private SearchAnalyzer() {
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ApostropheFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer words = new StandardTokenizer();
        TokenStream folded = new LowerCaseFilter(new ASCIIFoldingFilter(new EnglishPossessiveFilter(words)));
        return new TokenStreamComponents(words, folded);
    }

    /** The words of a text, with their offsets into it. */
    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = INSTANCE.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** A text as one key of its words, for "the query is the whole name". */
    static String key(String text) {
        return String.join(" ", words(text).stream().map(Word::term).toList());
    }

    /**
     * Reads every apostrophe as {@code '}, one character for one, so offsets need no correction.
     * (Lucene's MappingCharFilter, which maps strings to strings, did the same with a map lookup
     * per character: 14% of the index's rebuild at tier M of the benchmark, bench/RESULTS.md.)
     */
    private static final class ApostropheFilter extends CharFilter {

        ApostropheFilter(Reader input) {
            super(input);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = input.read(buffer, offset, length);
            for (int i = offset; i < offset + read; i++) {
                if (isApostrophe(buffer[i])) {
                    buffer[i] = '\'';
                }
            }
            return read;
        }

        @Override
        protected int correct(int offset) {
            return offset;
        }

        private static boolean isApostrophe(char c) {
            return switch (c) {
                case '\u2019', '\u2018', '\u02BC', '\uFF07', '\u00B4', '`' -> true;
                default -> false;
            };
        }
    }
}
