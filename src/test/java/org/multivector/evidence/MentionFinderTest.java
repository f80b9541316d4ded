package org.multivector.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Which names the finder finds in a text, when many names share their first words. */
class MentionFinderTest {

    @Test
    void namesSharingTheirFirstWordsAreEachFoundWhole() {
        MentionFinder finder = MentionFinder.of(Map.of(
                1L, List.of("Republic"),
                2L, List.of("Republic of Korea"),
                3L, List.of("Republic of Korea Army"),
                4L, List.of("Republic of Kosovo")));
        String text = "The Republic of Korea Army moved. The Republic of Kosovo objected. A Republic of Koreans.";

        assertEquals(Map.of(
                "The Republic of Korea Army moved.", Set.of(1L, 2L, 3L),
                "The Republic of Kosovo objected.", Set.of(1L, 4L),
                "A Republic of Koreans.", Set.of(1L)), actorsByPassage(finder, text));
    }

    @Test
    void aNameEndingInPunctuationNeedsItInTheText() {
        MentionFinder finder = MentionFinder.of(Map.of(1L, List.of("U.S."), 2L, List.of("U.S")));
        String text = "The U.S.-led plan\nthen the U.S answered\nand the U.S.A, too\nor the U.S, too";

        assertEquals(Map.of(
                "The U.S.-led plan", Set.of(1L, 2L),
                "then the U.S answered", Set.of(2L),
                "and the U.S.A, too", Set.of(2L),
                "or the U.S, too", Set.of(2L)), actorsByPassage(finder, text));
    }

    @Test
    void whatStandsBetweenTheWordsMustBeAsTheNameHasItApostrophesAside() {
        MentionFinder finder = MentionFinder.of(Map.of(
                1L, List.of("Abu Dhabi"),
                2L, List.of("Cote d'Ivoire"),
                3L, List.of("Iran")));
        String text = "Abu-Dhabi waited\nAbu  Dhabi waited\nAbu Dhabi signed\nCote d\u2019Ivoire signed\nIranian trade";

        assertEquals(Map.of(
                "Abu Dhabi signed", Set.of(1L),
                "Cote d\u2019Ivoire signed", Set.of(2L)), actorsByPassage(finder, text));
    }

    @Test
    void emptyAndBlankNamesFindNothing() {
        MentionFinder finder = MentionFinder.of(Map.of(1L, List.of("", "  "), 2L, List.of("Korea")));

        assertEquals(Map.of("Korea signed.", Set.of(2L)), actorsByPassage(finder, "  Korea signed.  "));
        assertEquals(List.of(), MentionFinder.of(Map.of(1L, List.of("", " "))).find("Korea signed."));
    }

    /** Random names from a few short words, against a text search for each name alone. */
    @Test
    void findsWhatASearchForEachNameAloneFinds() {
        Random random = new Random(18);
        String[] words = {"al", "alba", "ba", "b", "Kor", "Korea", "of", "7"};
        // an emoji: two chars outside the basic plane, which must not shift the passages' offsets
        String[] separators = {" ", " ", "-", "'", "\u2019", ", ", "  ", " \uD83C\uDDF0\uD83C\uDDFF "};
        Map<Long, List<String>> names = new HashMap<>();
        for (long actorId = 1; actorId <= 300; actorId++) {
            names.put(actorId, List.of(phrase(random, words, separators, 1 + random.nextInt(4))));
        }
        MentionFinder finder = MentionFinder.of(names);
        for (int i = 0; i < 400; i++) {
            // one sentence, so that each passage is the whole text
            String text = phrase(random, words, separators, 1 + random.nextInt(30));
            Set<Long> expected = new TreeSet<>();
            names.forEach((actorId, actorNames) -> {
                if (containsAsWholeWords(text, actorNames.get(0))) {
                    expected.add(actorId);
                }
            });
            Set<Long> found = new TreeSet<>();
            for (MentionFinder.Passage passage : finder.find(text)) {
                assertEquals(text, text.substring(passage.start(), passage.end()));
                found.add(passage.actorId());
            }
            assertEquals(expected, found, text);
        }
    }

    private static String phrase(Random random, String[] words, String[] separators, int length) {
        StringBuilder phrase = new StringBuilder(words[random.nextInt(words.length)]);
        for (int i = 1; i < length; i++) {
            phrase.append(separators[random.nextInt(separators.length)]).append(words[random.nextInt(words.length)]);
        }
        return phrase.toString();
    }

    private static boolean containsAsWholeWords(String text, String name) {
        String folded = text.replace('\u2019', '\'');
        String foldedName = name.replace('\u2019', '\'');
        for (int at = folded.indexOf(foldedName); at >= 0; at = folded.indexOf(foldedName, at + 1)) {
            int end = at + foldedName.length();
            boolean startsAWord = at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1));
            boolean endsAWord = end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end));
            if (startsAWord && endsAWord) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Set<Long>> actorsByPassage(MentionFinder finder, String text) {
        List<MentionFinder.Passage> passages = new ArrayList<>(finder.find(text));
        return passages.stream().collect(Collectors.groupingBy(passage -> text.substring(passage.start(), passage.end()),
                Collectors.mapping(MentionFinder.Passage::actorId, Collectors.toSet())));
    }
}
