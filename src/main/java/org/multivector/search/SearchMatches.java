package org.multivector.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.document.Document;
import org.multivector.search.SearchResult.Highlight;
import org.multivector.search.SearchResult.TextRange;

/**
 * Says where a hit matched: of the stored texts of its document, the one where the search words
 * match best under the index query's own rules (whole word, prefix, near miss in names; field
 * weights), and the offsets of the words that matched in it. Run for the hits of a page only.
 */
final class SearchMatches {

    /** The best-matching text of a hit. */
    record Match(String field, Highlight highlight) {
    }

    /** Values of one field read at most, per hit: analysing 50 hits' thousand mentions each took a second. */
    static final int VALUES_READ = 100;

    /** For hits nobody asked to explain. */
    static final Match UNEXPLAINED = new Match("", new Highlight("", List.of()));

    private SearchMatches() {
    }

    static Match of(Document document, SearchText text) {
        Match best = null;
        Score bestScore = new Score(0, 0);
        float perfect = text.terms().size() * SearchText.WHOLE;
        for (SearchField field : SearchField.values()) {
            if (bestScore.words() == text.terms().size() && field.weight * perfect <= bestScore.weighted()) {
                break; // the fields come heaviest first: none further can do better
            }
            String[] values = document.getValues(field.indexName);
            // An actor's mentions may be a thousand passages: the first ones are enough to show one.
            for (String value : values.length > VALUES_READ ? Arrays.copyOf(values, VALUES_READ) : values) {
                List<TextRange> ranges = new ArrayList<>();
                Score score = score(field, value, text.terms(), ranges);
                if (score.isAbove(bestScore)) {
                    bestScore = score;
                    best = new Match(field.label, new Highlight(value, ranges));
                    if (score.weighted() == field.weight * perfect) {
                        break;
                    }
                }
            }
        }
        return best != null ? best : UNEXPLAINED;
    }

    /**
     * How many of the search words a text holds, and their weight. The words of a search may
     * match in different values of one field (two quotes of a fact, passages that mention an
     * actor): the value holding most of them is shown.
     */
    private record Score(int words, float weighted) {
        boolean isAbove(Score other) {
            return words > other.words || words == other.words && weighted > other.weighted;
        }
    }

    /** The words of the search the text holds (whole, prefix or near miss) and their weight; fills the ranges. */
    private static Score score(SearchField field, String value, List<String> terms, List<TextRange> ranges) {
        List<SearchAnalyzer.Word> words = SearchAnalyzer.words(value);
        float[] wordQuality = new float[words.size()];
        float total = 0;
        int found = 0;
        for (String term : terms) {
            float termBest = 0;
            for (int i = 0; i < words.size(); i++) {
                float quality = quality(field, term, words.get(i).term());
                termBest = Math.max(termBest, quality);
                wordQuality[i] = Math.max(wordQuality[i], quality);
            }
            if (termBest > 0) {
                found++;
                total += termBest;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (wordQuality[i] > 0) {
                ranges.add(new TextRange(words.get(i).start(), words.get(i).end()));
            }
        }
        return new Score(found, total * field.weight);
    }

    private static float quality(SearchField field, String term, String word) {
        if (word.equals(term)) {
            return SearchText.WHOLE;
        }
        if (SearchText.prefixes(term) && word.startsWith(term)) {
            return SearchText.PREFIX;
        }
        int edits = SearchText.edits(term);
        if (field.fuzzy && edits > 0 && withinEdits(term, word, edits)) {
            return SearchText.FUZZY;
        }
        return 0;
    }

    /** Whether the words are at most {@code edits} insertions, deletions, substitutions or swaps apart. */
    static boolean withinEdits(String a, String b, int edits) {
        if (Math.abs(a.length() - b.length()) > edits) {
            return false;
        }
        int[][] distance = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            distance[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            distance[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(distance[i - 1][j] + 1, distance[i][j - 1] + 1), distance[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, distance[i - 2][j - 2] + 1);
                }
                distance[i][j] = best;
            }
        }
        return distance[a.length()][b.length()] <= edits;
    }
}
