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
 * every name at once: each word of the text is looked up among the names' first words. (An
 * Aho-Corasick trie, such as org.ahocorasick's, needs a map per character of every name: some
 * hundreds of megabytes for the 200,000 names of a large import, where these maps need a few dozen.)
 */
public final class MentionFinder {

    static final int HALF_WINDOW = 300;

    /** A passage {@code [start, end)} of the text that names the actor {@code actorId}. */
    public record Passage(long actorId, int start, int end) {
    }

    /** A name as written (apostrophes folded) and the actors it names. */
    private record Name(String folded, List<Long> actorIds) {
    }

    private final Map<String, List<Name>> namesByFirstWord;

    private MentionFinder(Map<String, List<Name>> namesByFirstWord) {
        this.namesByFirstWord = namesByFirstWord;
    }

    /** A finder for these names, each with the id of the actor it names. */
    public static MentionFinder of(Map<Long, ? extends Iterable<String>> namesByActor) {
        Map<String, Name> byName = new HashMap<>();
        namesByActor.forEach((actorId, names) -> {
            for (String name : names) {
                String folded = fold(name.strip());
                if (!folded.isEmpty() && wordCharAt(folded, 0)) {
                    List<Long> ids = byName.computeIfAbsent(folded, key -> new Name(key, new ArrayList<>(1))).actorIds();
                    if (!ids.contains(actorId)) {
                        ids.add(actorId);
                    }
                }
            }
        });
        Map<String, List<Name>> byFirstWord = new HashMap<>();
        for (Name name : byName.values()) {
            byFirstWord.computeIfAbsent(name.folded().substring(0, wordEnd(name.folded(), 0)), key -> new ArrayList<>(1))
                    .add(name);
        }
        return new MentionFinder(byFirstWord);
    }

    /** The passages naming each actor, once per passage and actor, in text order. */
    public List<Passage> find(String text) {
        if (namesByFirstWord.isEmpty() || text.isEmpty()) {
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
            List<Name> candidates = namesByFirstWord.get(folded.substring(index, wordEnd));
            if (candidates != null) {
                for (Name name : candidates) {
                    int end = index + name.folded().length();
                    if (folded.startsWith(name.folded(), index) && !wordCharAt(folded, end)) {
                        int passageStart = sentenceStart(text, index);
                        int passageEnd = sentenceEnd(text, end);
                        for (Long actorId : name.actorIds()) {
                            passages.add(new Passage(actorId, passageStart, passageEnd));
                        }
                    }
                }
            }
            index = wordEnd;
        }
        return List.copyOf(passages);
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
