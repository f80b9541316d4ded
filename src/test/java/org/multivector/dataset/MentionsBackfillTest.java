package org.multivector.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.multivector.evidence.Evidence;
import org.multivector.support.WritableDatabaseProfile;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A database seeded before mentions existed gets them once, at start-up: here its state is made
 * so (no mentions, no record of them), and the start-up step finds every one the seed found.
 */
@QuarkusTest
@TestProfile(WritableDatabaseProfile.class)
class MentionsBackfillTest {

    @Inject
    SeedLoader loader;

    @Test
    void aDatabaseWithoutMentionsGetsThemOnceAndTheSameAsTheSeeds() {
        List<String> seeded = mentions();
        assertFalse(seeded.isEmpty(), "the seed found mentions");
        assertFalse(loader.findMentionsOnce(), "a seeded database records its mentions with the seed");

        QuarkusTransaction.requiringNew().run(() -> {
            Evidence.delete("mentionedActorId is not null");
            DatasetImport.deleteById(SeedLoader.MENTIONS);
        });
        assertTrue(mentions().isEmpty());

        assertTrue(loader.findMentionsOnce());
        assertEquals(seeded, mentions());
        assertFalse(loader.findMentionsOnce(), "once only");
    }

    /** Every mention, as actor, source and offsets, in a stable order. */
    private static List<String> mentions() {
        return QuarkusTransaction.requiringNew().call(() -> Evidence.<Evidence> list(
                "mentionedActorId is not null order by mentionedActorId, sourceId, start").stream()
                .map(mention -> mention.mentionedActorId + "@" + mention.sourceId + ":" + mention.start + "-" + mention.end)
                .toList());
    }
}
