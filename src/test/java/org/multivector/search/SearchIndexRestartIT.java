package org.multivector.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.support.PackagedService;
import org.multivector.support.TestDatabases;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The packaged jar keeps its search index on disk (beside the H2 file by default) and rebuilds it
 * at start-up when it is missing or broken, saying so in the log; {@code reindex} rebuilds it on
 * demand; and a write made while the index was away is found after a restart.
 */
class SearchIndexRestartIT {

    static final String PASSWORD = "search-restart-secret";
    static final String FIND = """
            query Find($text: String!) { searchResults(text: $text) { totalCount nodes { node { ... on Actor { name } } } } }
            """;
    static final String ADD = "mutation Add($name: String!) { addActor(input: { name: $name, kind: CITY }) { id } }";

    @Test
    void aMissingOrBrokenIndexIsRebuiltAtStartUp(@TempDir Path workDir) throws Exception {
        Map<String, String> environment = environment(workDir);
        Path index = indexOf(workDir);
        try (PackagedService service = PackagedService.start(workDir, environment, "first.log")) {
            assertFirstHit(service, "Kazakstan", "Kazakhstan");
            assertTrue(service.graphql(ADD, Map.of("name", "Velmorgrad"), PASSWORD).path("errors").isMissingNode());
            assertFirstHit(service, "Velmorgrad", "Velmorgrad");
        }
        assertTrue(Files.isDirectory(index), "the index lives at " + index);

        try (PackagedService service = PackagedService.start(workDir, environment, "second.log")) {
            assertTrue(!service.log().contains("rebuilding"), "an index in order is reused: " + service.log());
            assertFirstHit(service, "Velmorgrad", "Velmorgrad");
        }

        deleteRecursively(index);
        try (PackagedService service = PackagedService.start(workDir, environment, "missing.log")) {
            assertTrue(service.log().contains("Search index at " + index + " is missing: rebuilding it"), service.log());
            assertTrue(service.log().contains("rebuilt:"), service.log());
            assertFirstHit(service, "Velmorgrad", "Velmorgrad");
            assertFirstHit(service, "Tokaev", "Kassym-Jomart Tokayev");
        }

        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.write(file, new byte[] { 1, 2, 3 });
            }
        }
        try (PackagedService service = PackagedService.start(workDir, environment, "broken.log")) {
            assertTrue(service.log().contains("is unreadable"), service.log());
            assertFirstHit(service, "Velmorgrad", "Velmorgrad");
        }

        PackagedService command = PackagedService.launch(workDir, environment, "reindex.log", "reindex");
        assertEquals(0, command.process().waitFor(), command.log());
        assertTrue(command.log().contains("search index rebuilt:"), command.log());
        try (PackagedService service = PackagedService.start(workDir, environment, "reindexed.log")) {
            assertTrue(!service.log().contains("rebuilding"), service.log());
            assertFirstHit(service, "velmorgrad", "Velmorgrad");
        }
    }

    private static Map<String, String> environment(Path workDir) {
        if (TestDatabases.isPostgresql()) {
            // No H2 file to sit beside: the index goes where the deployment says.
            return Map.of("MULTIVECTOR_EDITOR_PASSWORD", PASSWORD, "MULTIVECTOR_SEARCH_INDEX_PATH",
                    workDir.resolve("data/search-index").toString());
        }
        return Map.of("MULTIVECTOR_EDITOR_PASSWORD", PASSWORD);
    }

    static Path indexOf(Path workDir) {
        return workDir.resolve("data/search-index").toAbsolutePath().normalize();
    }

    private static void assertFirstHit(PackagedService service, String text, String name) throws Exception {
        JsonNode response = service.graphql(FIND, Map.of("text", text), null);
        assertEquals(name, response.at("/data/searchResults/nodes/0/node/name").asText(), response.toString());
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
