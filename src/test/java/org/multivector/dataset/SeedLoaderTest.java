package org.multivector.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.multivector.actor.Actor;
import org.multivector.config.MultivectorConfig;
import org.multivector.evidence.Evidence;
import org.multivector.source.Source;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SeedLoaderTest {

    @Inject
    SeedLoader seedLoader;

    @Inject
    MultivectorConfig config;

    @Test
    void theSeedIsRecordedAndNotImportedTwice() {
        String seed = config.seed().location();
        long[] before = QuarkusTransaction.requiringNew().call(() -> counts());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> DatasetImport.isImported(seed)));

        assertFalse(seedLoader.seed(seed), "a second seeding of the same database does nothing");

        long[] after = QuarkusTransaction.requiringNew().call(() -> counts());
        assertEquals(before[0], after[0]);
        assertEquals(before[1], after[1]);
        assertEquals(before[2], after[2]);
        assertEquals(1, after[0], "exactly one source after start-up");
    }

    private static long[] counts() {
        return new long[] { Source.count(), Actor.count(), Evidence.count() };
    }
}
