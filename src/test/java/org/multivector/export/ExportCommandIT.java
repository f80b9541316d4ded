package org.multivector.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.support.PackagedService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The packaged jar's {@code export FILE} writes what {@code GET /export/dataset.json} serves, and
 * its {@code import} of that file into an empty database gives back the same export.
 */
class ExportCommandIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theExportCommandsFileImportedIntoAnEmptyDatabaseExportsTheSame(@TempDir Path workDir) throws Exception {
        Path origin = Files.createDirectory(workDir.resolve("exportorigin"));
        Path copy = Files.createDirectory(workDir.resolve("exportcopy"));
        Path exported = origin.resolve("dataset.json");
        String output = run(origin, Map.of(), 0, "export", exported.toString());
        assertTrue(output.contains("exported at revision 1"), output);

        try (PackagedService service = PackagedService.start(origin, Map.of(), "service.log")) {
            HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(service.url("/export/dataset.json"))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, served.statusCode());
            assertEquals("1", served.headers().firstValue(ExportResource.REVISION_HEADER).orElse(null));
            assertEquals(JSON.readTree(exported.toFile()), JSON.readTree(served.body()), "the command writes what GET serves");
        }

        Map<String, String> empty = Map.of("MULTIVECTOR_SEED_ENABLED", "false");
        run(copy, empty, 0, "import", exported.toString());
        Path again = copy.resolve("again.json");
        run(copy, empty, 0, "export", again.toString());
        assertEquals(withSourcesNumbered(JSON.readTree(exported.toFile())), withSourcesNumbered(JSON.readTree(again.toFile())));

        assertEquals(2, PackagedService.launch(copy, empty, "usage.log", "export").process().waitFor() , "a usage error");
    }

    private static String run(Path workDir, Map<String, String> environment, int expectedStatus, String... arguments)
            throws Exception {
        PackagedService command = PackagedService.launch(workDir, environment, arguments[0] + ".log", arguments);
        assertTrue(command.process().waitFor(120, TimeUnit.SECONDS), "the command ends by itself");
        String output = command.log();
        assertEquals(expectedStatus, command.process().exitValue(), output);
        return output;
    }

    /** The export with its source keys, which hold database ids, replaced by the sources' positions. */
    static JsonNode withSourcesNumbered(JsonNode export) {
        Map<String, String> keys = new HashMap<>();
        for (JsonNode source : export.path("sources")) {
            String position = "source #" + keys.size();
            keys.put(source.path("key").asText(), position);
            ((ObjectNode) source).put("key", position);
        }
        for (JsonNode list : export) {
            for (JsonNode entry : list) {
                for (JsonNode quote : entry.path("evidence")) {
                    ((ObjectNode) quote).put("source", keys.get(quote.path("source").asText()));
                }
            }
        }
        return export;
    }
}
