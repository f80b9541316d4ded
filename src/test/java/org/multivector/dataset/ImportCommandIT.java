package org.multivector.dataset;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.support.PackagedService;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code java -jar quarkus-run.jar import FILE} as a user runs it: it prints the report, exits
 * with its status and opens no HTTP port; the service started afterwards serves what it loaded.
 */
class ImportCommandIT {

    @Test
    void importsAFileReportsTheRefusalAndTheServiceServesTheRest(@TempDir Path workDir) throws Exception {
        Path file = workDir.resolve("ring.json");
        Files.writeString(file, """
                {
                "sources": [{"key": "wire", "title": "Ring wire", "text": "Omicron joined the Ring Pact."}],
                "actors": [
                  {"name": "Omicron", "kind": "STATE"},
                  {"name": "Ring Pact", "kind": "ORGANISATION"},
                  {"name": "Kazakhstan", "kind": "STATE"}
                ],
                "memberships": [
                  {"member": "Omicron", "organisation": "Ring Pact", "status": "MEMBER",
                   "evidence": [{"source": "wire", "quote": "Omicron joined the Ring Pact."}]}
                ]
                }
                """);

        String output = run(workDir, 1, "import", file.toString());

        assertTrue(output.contains("Loaded 1 sources, 2 actors, 1 memberships (1 quotes); 1 entries refused"), output);
        assertTrue(output.contains("Refused line 6: actors[2].name: 'Kazakhstan' is already a name of the actor "
                + "'Kazakhstan'"), output);
        assertFalse(output.contains("Listening on: http"), "no HTTP listener: " + output);

        try (PackagedService service = PackagedService.start(workDir, Map.of(), "service.log")) {
            JsonNode data = service.graphql("""
                    query Imported($name: String!) { actor(name: $name) { memberships { organisation { name } } } }
                    """, Map.of("name", "omicron"), null);
            assertEquals("Ring Pact", data.at("/data/actor/memberships/0/organisation/name").asText(), data.toString());
        }
    }

    /**
     * H2 stores an import's commits in the background while it runs: what the report counts must
     * be stored before it is printed, and survive a {@code kill -9} right after it.
     */
    @Test
    void whatTheReportCountsSurvivesAKillRightAfterIt(@TempDir Path workDir) throws Exception {
        Path file = workDir.resolve("isles.json");
        StringBuilder actors = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            actors.append(i == 0 ? "" : ",\n").append("{\"name\": \"Isle ").append(i).append("\", \"kind\": \"REGION\"}");
        }
        Files.writeString(file, "{\"actors\": [\n" + actors + "\n]}\n");

        PackagedService command = PackagedService.launch(workDir, Map.of(), "import.log", "import", file.toString());
        try {
            // polled often, so that the kill comes right after the report
            await("the import's report").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(2))
                    .until(() -> command.log().contains("Loaded 200 actors") || !command.process().isAlive());
            assertTrue(command.process().isAlive(), "killed while the command still ran: " + command.log());
        } catch (ConditionTimeoutException noReport) {
            throw new AssertionError("no report within 120 s: " + command.log(), noReport);
        } finally {
            command.kill();
        }
        assertTrue(command.log().contains("Loaded 200 actors (0 quotes); 0 entries refused"), command.log());

        try (PackagedService service = PackagedService.start(workDir, Map.of(), "service.log")) {
            for (int i : new int[] { 0, 199 }) {
                JsonNode data = service.graphql("""
                        query Imported($name: String!) { actor(name: $name) { name history { operation } } }
                        """, Map.of("name", "Isle " + i), null);
                assertEquals("Isle " + i, data.at("/data/actor/name").asText(), data.toString());
                assertEquals("CREATED", data.at("/data/actor/history/0/operation").asText(), data.toString());
            }
        }
    }

    @Test
    void withoutAFileItSaysHowToUseIt(@TempDir Path workDir) throws Exception {
        String output = run(workDir, 2, "import");
        assertTrue(output.contains("Usage: java -jar quarkus-run.jar import FILE..."), output);
    }

    @Test
    void aFileThatDoesNotExistIsNamed(@TempDir Path workDir) throws Exception {
        String output = run(workDir, 1, "import", "missing.yaml");
        assertTrue(output.contains("missing.yaml: no such file"), output);
    }

    private static String run(Path workDir, int expectedStatus, String... arguments) throws Exception {
        PackagedService command = PackagedService.launch(workDir, Map.of(), "import.log", arguments);
        assertTrue(command.process().waitFor(120, TimeUnit.SECONDS), "the command ends by itself");
        String output = command.log();
        assertEquals(expectedStatus, command.process().exitValue(), output);
        return output;
    }
}
