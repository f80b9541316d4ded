package org.multivector.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.support.PackagedService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The packaged service logs JSON on demand and shuts down gracefully on SIGTERM. */
class OperationsIT {

    @Test
    void jsonLogsAndAGracefulShutdown(@TempDir Path workDir) throws Exception {
        PackagedService service = PackagedService.start(workDir,
                Map.of("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true"), "service.log");
        service.close();
        // The JVM's own warnings on stderr (JDK 25: "WARNING: A terminally deprecated method in
        // sun.misc.Unsafe ...") are not the service's log.
        List<String> lines = service.log().lines()
                .filter(line -> !line.isBlank() && !line.startsWith("WARNING: ")).toList();
        assertTrue(lines.size() > 3, service.log());
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode entry = json.readTree(line);
            assertTrue(entry.hasNonNull("level") && entry.hasNonNull("message"), line);
        }
        assertTrue(lines.stream().anyMatch(line -> line.contains("stopped in")), "a graceful stop is logged");
    }

    @Test
    void plainLogsByDefault(@TempDir Path workDir) throws Exception {
        try (PackagedService service = PackagedService.start(workDir, Map.of(), "service.log")) {
            assertTrue(service.log().lines().anyMatch(line -> line.contains(" INFO  [io.quarkus]")), service.log());
        }
    }
}
