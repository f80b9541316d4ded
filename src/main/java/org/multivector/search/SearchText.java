package org.multivector.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.multivector.errors.InvalidArgumentException;
import org.multivector.evidence.Certainty;

/**
 * A search text read into words, checked, and turned into the index query. Whatever it is, the
 * query stays cheap: at most {@value #MAX_WORDS} words; one-letter and two-letter words matched
 * whole only; a word of three letters or more also as the start of at most
 * {@value #MAX_COMPLETIONS} longer words per field (those most documents hold); near misses (one edit from four letters, two
 * from eight, up to {@value #FUZZY_UNTIL}, the first letter kept, at most {@value #FUZZY_EXPANSIONS}) looked for in names only,
 * and only for a word that no indexed text holds; words of Lucene's longest length at most.
 */
record SearchText(String text, List<String> terms, String key) {

    static final int MAX_WORDS = 8;
    /** More words than typed: "Kassym-Jomart" is two. */
    static final int MAX_TERMS = 16;
    static final int MAX_LENGTH = 20_000;

    static final float WHOLE = 1f;
    static final float PREFIX = 0.6f;
    static final float FUZZY = 0.4f;
    /** Added when the text is a whole name or alias, so that "Russia" puts Russia above "Russian Federation". */
    static final float WHOLE_NAME = 5f;
    static final int FUZZY_EXPANSIONS = 50;
    /** Near misses keep the first letter: it halves the cost of finding them, and it is seldom the one mistyped. */
    static final int FUZZY_SAME_START = 1;
    /** Words a prefix stands for, at most, per field: "a" would otherwise be half the vocabulary. */
    static final int MAX_COMPLETIONS = 16;
    static final int COMPLETIONS_READ = 1_024;
    private static final int PREFIX_FROM = 3;
    private static final int FUZZY_FROM = 4;
    private static final int TWO_EDITS_FROM = 8;
    /** No name has longer words; near misses of longer ones are not looked for. */
    private static final int FUZZY_UNTIL = 32;

    static SearchText parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidArgumentException("Argument 'text' must not be blank");
        }
        long typed = text.strip().split("\\s+").length;
        if (typed > MAX_WORDS) {
            throw new InvalidArgumentException("Argument 'text' has " + typed + " words; at most " + MAX_WORDS
                    + " are searched");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidArgumentException("Argument 'text' has " + text.length() + " characters; at most "
                    + MAX_LENGTH + " are searched");
        }
        List<String> terms = SearchAnalyzer.words(text).stream().map(SearchAnalyzer.Word::term).distinct().toList();
        if (terms.size() > MAX_TERMS) {
            throw new InvalidArgumentException("Argument 'text' has " + terms.size() + " words once hyphens and"
                    + " apostrophes split them; at most " + MAX_TERMS + " are searched");
        }
        return new SearchText(text, terms, String.join(" ", terms));
    }

    /**
     * The query: every word in one field, the best field counting, filtered by kind and certainty.
     * The searcher finds each word's near misses among all names once, for every name field.
     */
    Query query(IndexSearcher searcher, Collection<String> types, Collection<Certainty> certainty) throws IOException {
        if (terms.isEmpty()) {
            return new MatchNoDocsQuery("no letters or digits to search for"); // punctuation only, as "%"
        }
        IndexReader reader = searcher.getIndexReader();
        Map<String, Set<BytesRef>> nearMisses = new HashMap<>();
        for (String term : terms) {
            if (edits(term) > 0 && !isIndexedWord(reader, term)) {
                Set<Term> near = new HashSet<>();
                searcher.rewrite(new FuzzyQuery(new Term(SearchDocuments.NAMES, term), edits(term), FUZZY_SAME_START,
                        FUZZY_EXPANSIONS, true)).visit(QueryVisitor.termCollector(near));
                Set<BytesRef> spellings = new HashSet<>();
                near.forEach(spelling -> spellings.add(spelling.bytes()));
                nearMisses.put(term, spellings);
            }
        }
        List<Query> fields = new ArrayList<>();
        for (SearchField field : SearchField.values()) {
            BooleanQuery.Builder allWords = new BooleanQuery.Builder();
            for (String term : terms) {
                allWords.add(word(field, term, completions(reader, field, term),
                        field.fuzzy ? nearMisses.getOrDefault(term, Set.of()) : Set.of()), Occur.MUST);
            }
            fields.add(new BoostQuery(allWords.build(), field.weight));
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new DisjunctionMaxQuery(fields, 0f), Occur.MUST)
                .add(constant(new TermQuery(new Term(SearchDocuments.EXACT, key)), WHOLE_NAME), Occur.SHOULD);
        if (types != null) {
            query.add(termIn(SearchDocuments.TYPE, types), Occur.FILTER);
        }
        if (certainty != null) {
            // Actors are no claims: the certainty filter keeps them all.
            query.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(SearchDocuments.TYPE, "Actor")), Occur.SHOULD)
                    .add(termIn(SearchDocuments.CERTAINTY, certainty.stream().map(Certainty::name).toList()),
                            Occur.SHOULD)
                    .build(), Occur.FILTER);
        }
        return query.build();
    }

    /** The term whole, as the start of a word, or misspelt, whichever matches best. */
    private static Query word(SearchField field, String term, Set<BytesRef> completions, Set<BytesRef> nearMisses) {
        List<Query> ways = new ArrayList<>(3);
        ways.add(constant(new TermQuery(new Term(field.indexName, term)), WHOLE));
        if (!completions.isEmpty()) {
            ways.add(constant(new TermInSetQuery(field.indexName, completions), PREFIX));
        }
        if (!nearMisses.isEmpty()) {
            ways.add(constant(new TermInSetQuery(field.indexName, nearMisses), FUZZY));
        }
        return ways.size() == 1 ? ways.get(0) : new DisjunctionMaxQuery(ways, 0f);
    }

    /** The edits a misspelling of the term may have, 0 when none is looked for. */
    static int edits(String term) {
        if (term.length() > FUZZY_UNTIL) {
            return 0; // a Levenshtein automaton of a 255-letter word took a second to build
        }
        return term.length() >= TWO_EDITS_FROM ? 2 : term.length() >= FUZZY_FROM ? 1 : 0;
    }

    /**
     * Whether the word is a word of some indexed text. Near misses are looked for only for words
     * that are not (as Lucene's spell checker suggests only for words missing from the index): a
     * misspelt name is rarely a word of its own, and a Levenshtein automaton costs milliseconds.
     */
    private static boolean isIndexedWord(IndexReader reader, String term) throws IOException {
        for (SearchField field : SearchField.values()) {
            if (reader.docFreq(new Term(field.indexName, term)) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The longer words of a field that start with the term: of the first {@value #COMPLETIONS_READ}
     * in order, the {@value #MAX_COMPLETIONS} that most documents hold. So few that Lucene still
     * skips the hits that cannot make the page; a bit set of every completion's documents would
     * have to be built in full for every search.
     */
    private static Set<BytesRef> completions(IndexReader reader, SearchField field, String term) throws IOException {
        if (!prefixes(term)) {
            return Set.of();
        }
        Terms words = MultiTerms.getTerms(reader, field.indexName);
        if (words == null) {
            return Set.of();
        }
        BytesRef prefix = new BytesRef(term);
        TermsEnum enumeration = words.iterator();
        if (enumeration.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
            return Set.of();
        }
        PriorityQueue<Map.Entry<BytesRef, Integer>> mostHeld = new PriorityQueue<>(Map.Entry.comparingByValue());
        int read = 0;
        for (BytesRef word = enumeration.term(); word != null && StringHelper.startsWith(word, prefix)
                && read < COMPLETIONS_READ; word = enumeration.next(), read++) {
            if (!word.bytesEquals(prefix)) {
                mostHeld.add(Map.entry(BytesRef.deepCopyOf(word), enumeration.docFreq()));
                if (mostHeld.size() > MAX_COMPLETIONS) {
                    mostHeld.poll();
                }
            }
        }
        Set<BytesRef> completions = new HashSet<>();
        mostHeld.forEach(entry -> completions.add(entry.getKey()));
        return completions;
    }

    static boolean prefixes(String term) {
        return term.length() >= PREFIX_FROM;
    }

    private static Query constant(Query query, float score) {
        return new BoostQuery(new ConstantScoreQuery(query), score);
    }

    private static Query termIn(String field, Collection<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }
}
