package org.multivector.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.support.PackagedService;

/**
 * Runs the public graphql-http audit suite (npm graphql-http with graphql@16) against the
 * packaged service: every MUST audit passes; every result is printed.
 */
class GraphQLHttpAuditIT {

    private static final Path AUDIT = Path.of("src/test/graphql-http").toAbsolutePath();

    @Test
    void everyMustAuditPasses(@TempDir Path workDir) throws Exception {
        run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
        try (PackagedService service = PackagedService.start(workDir, Map.of(), "service.log")) {
            String output = run(List.of("node", "audit.mjs", service.url("/graphql")), 120);
            System.out.println(output);
            assertTrue(output.contains("0 MUST failures"), output);
        }
    }

    private static String run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(AUDIT.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(timeoutSeconds, TimeUnit.SECONDS), String.join(" ", command) + " timed out");
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + output);
        return output;
    }
}
