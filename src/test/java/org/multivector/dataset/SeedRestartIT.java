package org.multivector.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.support.PackagedService;
import org.multivector.support.TestDatabases;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs the packaged jar as a user does, with its defaults, in an empty folder: the first start
 * creates and seeds {@code ./data}, the second reuses it, and its history, without seeding twice, and a seed
 * whose quote is not in its source stops the start, naming the quote.
 */
class SeedRestartIT {

    private static final String COUNTS = """
            { sources { title } actors(first: 0) { totalCount } memberships(first: 0) { totalCount }
              relations(first: 0) { totalCount } revision changes(sinceRevision: 0, first: 0) { totalCount } }
            """;

    @Test
    void aSecondStartReusesTheDatabaseAndDoesNotSeedTwice(@TempDir Path workDir) throws Exception {
        JsonNode first;
        try (PackagedService service = PackagedService.start(workDir, Map.of(), "first.log")) {
            first = service.graphql(COUNTS, Map.of(), null);
            assertTrue(service.log().contains("Seeded classpath:seed/kazakhstan-rejects-brics.yaml"));
            assertTrue(service.log().contains("No editor exists: set MULTIVECTOR_EDITOR_PASSWORD"));
        }
        if (!TestDatabases.isPostgresql()) {
            assertTrue(Files.exists(workDir.resolve("data/multivector.mv.db")), "the database lives under ./data");
        }
        assertEquals(1, first.at("/data/sources").size());
        assertTrue(first.at("/data/actors/totalCount").asInt() >= 15);
        assertEquals(1, first.at("/data/revision").asInt(), "the seed is the first revision");
        assertTrue(first.at("/data/changes/totalCount").asInt() >= 30, "a change per record the seed wrote");

        try (PackagedService service = PackagedService.start(workDir, Map.of(), "second.log")) {
            assertEquals(first, service.graphql(COUNTS, Map.of(), null), "the same data and history after a restart");
            assertTrue(service.log().contains("is already imported"));
        }
    }

    @Test
    void aSeedWithAQuoteNotInItsSourceStopsTheStart(@TempDir Path workDir) throws Exception {
        Path seed = workDir.resolve("broken.yaml");
        Files.writeString(seed, """
                sources:
                  - { title: Dispatch, text: "Ruritania joined the Northern League." }
                actors:
                  - { name: Ruritania, kind: STATE }
                  - { name: Northern League, kind: ORGANISATION }
                memberships:
                  - { member: Ruritania, organisation: Northern League, status: MEMBER,
                      evidence: ["Ruritania left the Northern League."] }
                """);
        PackagedService service = PackagedService.launch(workDir,
                Map.of("MULTIVECTOR_SEED_LOCATION", seed.toString()), "broken.log");
        assertTrue(service.process().waitFor(60, TimeUnit.SECONDS), "the service stops by itself");
        assertNotEquals(0, service.process().exitValue());
        String output = service.log();
        assertTrue(output.contains("memberships[0].evidence[0]: the quote is not a verbatim passage of source "
                + "'Dispatch': \"Ruritania left the Northern League.\""), output);
    }
}
