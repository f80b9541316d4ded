package org.multivector.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.bench.TierGenerator.Kind;

/** The benchmark's data: the same bytes on every run, in the proportions the benchmark promises. */
class TierGeneratorTest {

    @Test
    void aTierIsTheSameOnEveryRun(@TempDir Path folder) throws Exception {
        Path first = folder.resolve("first.json");
        Path second = folder.resolve("second.json");
        generated(1_000).write(first);
        generated(1_000).write(second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        assertArrayEquals(Files.readAllBytes(folder.resolve("first.names")), Files.readAllBytes(folder.resolve("second.names")));
    }

    @Test
    void tierSHasThePromisedProportions() {
        TierGenerator tier = generated(1_000);
        Map<Kind, Long> kinds = tier.actors().stream()
                .collect(Collectors.groupingBy(TierGenerator.Actor::kind, Collectors.counting()));
        assertEquals(1_000, tier.actors().size());
        assertEquals(50, kinds.get(Kind.ORGANISATION));
        assertEquals(700, kinds.get(Kind.STATE) + kinds.get(Kind.CITY) + kinds.get(Kind.REGION));
        assertEquals(250, kinds.get(Kind.PERSON));
        double states = kinds.get(Kind.STATE);
        assertBetween(1.7, 2.3, tier.memberships() / states, "memberships per state");
        assertBetween(1.7, 2.3, tier.measures() / states, "punitive measures per state");
        assertBetween(2.8, 3.0, tier.relations() / 1_000.0, "relations per actor");
        assertEquals(100, tier.lookupNames().size());
        assertEquals(100, tier.lookupNames().stream().distinct().count());
        assertTrue(tier.lookupNames().stream().allMatch(name -> name.equals(name.toLowerCase(Locale.ROOT))),
                "lookup names are lower case");
    }

    private static void assertBetween(double low, double high, double actual, String what) {
        assertTrue(actual >= low && actual <= high, what + ": " + actual);
    }

    private static TierGenerator generated(int actors) {
        TierGenerator generator = new TierGenerator(actors);
        generator.generate();
        return generator;
    }
}
