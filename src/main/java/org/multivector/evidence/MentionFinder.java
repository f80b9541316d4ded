package org.multivector.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the passages of a text that name actors: every occurrence of one of their names or
 * aliases as a whole word, written as the name is (typographic and straight apostrophes alike),
 * with the sentence around it as the passage, or a window of at most {@value #HALF_WINDOW}
 * characters either side of the name where the sentence is longer. One pass over the text finds
 * every name at once: the names are kept as a trie of their words, and from each word of the text
 * the trie is followed word by word for as long as the text goes on like a name, rather than
 * compared with each of the thousands of names that can share a first word (bench/RESULTS.md). (An
 * Aho-Corasick trie, such as org.ahocorasick's, needs a map per character of every name: some
 * hundreds of megabytes for the 200,000 names of a large import; this one has a node per word.)
 */
public final class MentionFinder {

    static final int HALF_WINDOW = 300;

    /** A passage {@code [start, end)} of the text that names the actor {@code actorId}. */
    public record Passage(long actorId, int start, int end) {
    }

    /**
     * The names that end at a word of the trie: after it, the name has {@code suffix} (non-word
     * characters, such as the last period of "U.S.", or nothing).
     */
    private record Ending(String suffix, List<Long> actorIds) {
    }

    /** A word of some names, reached through the words before it. */
    private static final class Word {
        /** The next words, each keyed by the characters between the words and the word itself. */
        Map<String, Word> next;
        List<Ending> endings;

        Word nextOrNew(String separatorAndWord) {
            if (next == null) {
                next = new HashMap<>(2);
            }
            return next.computeIfAbsent(separatorAndWord, key -> new Word());
        }

        void add(String suffix, long actorId) {
            if (endings == null) {
                endings = new ArrayList<>(1);
            }
            for (Ending ending : endings) {
                if (ending.suffix().equals(suffix)) {
                    if (!ending.actorIds().contains(actorId)) {
                        ending.actorIds().add(actorId);
                    }
                    return;
                }
            }
            List<Long> actorIds = new ArrayList<>(1);
            actorIds.add(actorId);
            endings.add(new Ending(suffix, actorIds));
        }
    }

    private final Map<String, Word> firstWords;

    private MentionFinder(Map<String, Word> firstWords) {
        this.firstWords = firstWords;
    }

    /** A finder for these names, each with the id of the actor it names. */
    public static MentionFinder of(Map<Long, ? extends Iterable<String>> namesByActor) {
        Map<String, Word> firstWords = new HashMap<>();
        namesByActor.forEach((actorId, names) -> {
            for (String name : names) {
                String folded = fold(name.strip());
                if (!folded.isEmpty() && wordCharAt(folded, 0)) {
                    add(firstWords, folded, actorId);
                }
            }
        });
        return new MentionFinder(firstWords);
    }

    /** Adds a name that starts with a word character, word by word. */
    private static void add(Map<String, Word> firstWords, String name, long actorId) {
        int end = wordEnd(name, 0);
        Word word = firstWords.computeIfAbsent(name.substring(0, end), key -> new Word());
        while (true) {
            int nextStart = nonWordEnd(name, end);
            if (nextStart == name.length()) {
                word.add(name.substring(end), actorId);
                return;
            }
            int nextEnd = wordEnd(name, nextStart);
            word = word.nextOrNew(name.substring(end, nextEnd));
            end = nextEnd;
        }
    }

    /** The passages naming each actor, once per passage and actor, in text order. */
    public List<Passage> find(String text) {
        if (firstWords.isEmpty() || text.isEmpty()) {
            return List.of();
        }
        String folded = fold(text);
        Set<Passage> passages = new LinkedHashSet<>();
        int index = 0;
        while (index < folded.length()) {
            if (!wordCharAt(folded, index)) {
                index++;
                continue;
            }
            int wordEnd = wordEnd(folded, index);
            Word word = firstWords.get(folded.substring(index, wordEnd));
            int end = wordEnd;
            while (word != null) {
                if (word.endings != null) {
                    for (Ending ending : word.endings) {
                        int nameEnd = end + ending.suffix().length();
                        if (folded.startsWith(ending.suffix(), end) && !wordCharAt(folded, nameEnd)) {
                            int passageStart = sentenceStart(text, index);
                            int passageEnd = sentenceEnd(text, nameEnd);
                            for (Long actorId : ending.actorIds()) {
                                passages.add(new Passage(actorId, passageStart, passageEnd));
                            }
                        }
                    }
                }
                if (word.next == null) {
                    break;
                }
                int nextStart = nonWordEnd(folded, end);
                if (nextStart == folded.length()) {
                    break;
                }
                int nextEnd = wordEnd(folded, nextStart);
                word = word.next.get(folded.substring(end, nextEnd));
                end = nextEnd;
            }
            index = wordEnd;
        }
        return List.copyOf(passages);
    }

    /** Where the run of non-word characters from {@code start} ends. */
    private static int nonWordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && !wordCharAt(text, end)) {
            end++;
        }
        return end;
    }

    private static int wordEnd(String text, int start) {
        int end = start;
        while (wordCharAt(text, end)) {
            end++;
        }
        return end;
    }

    /** The text with typographic apostrophes made straight: the same length, so offsets hold. */
    private static String fold(String text) {
        return text.replace('\u2019', '\'');
    }

    private static boolean wordCharAt(String text, int index) {
        return index >= 0 && index < text.length() && Character.isLetterOrDigit(text.charAt(index));
    }

    /** Where the sentence holding {@code index} starts, without its leading white space. */
    private static int sentenceStart(String text, int index) {
        int limit = Math.max(0, index - HALF_WINDOW);
        int start = index;
        while (start > limit && !endsSentence(text, start - 1)) {
            start--;
        }
        while (start < index && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** Where the sentence holding {@code index - 1} ends, its closing punctuation included. */
    private static int sentenceEnd(String text, int index) {
        int limit = Math.min(text.length(), index + HALF_WINDOW);
        int end = index;
        while (end < limit && !endsSentence(text, end)) {
            end++;
        }
        if (end < limit && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
            // a closing quotation mark belongs to the sentence it ends
            while (end < limit && "\u201d\"\u2019'".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
        }
        while (end > index && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** A line break, or '.', '!' or '?' followed by white space or the end of the text. */
    private static boolean endsSentence(String text, int index) {
        char c = text.charAt(index);
        if (c == '\n' || c == '\r') {
            return true;
        }
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        int next = index + 1;
        while (next < text.length() && "\u201d\"\u2019'".indexOf(text.charAt(next)) >= 0) {
            next++;
        }
        return next >= text.length() || Character.isWhitespace(text.charAt(next));
    }
}
