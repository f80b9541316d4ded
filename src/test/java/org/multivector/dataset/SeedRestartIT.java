package org.multivector.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs the packaged jar as a user does, with its defaults, in an empty folder: the first start
 * creates and seeds {@code ./data}, the second reuses it without seeding twice, and a seed
 * whose quote is not in its source stops the start, naming the quote.
 */
class SeedRestartIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COUNTS = """
            { sources { title } actors(first: 0) { totalCount } memberships(first: 0) { totalCount }
              relations(first: 0) { totalCount } }
            """;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSecondStartReusesTheDatabaseAndDoesNotSeedTwice(@TempDir Path workDir) throws Exception {
        JsonNode first;
        Path firstLog = workDir.resolve("first.log");
        int port = freePort();
        Process service = start(workDir, port, Map.of(), firstLog);
        try {
            first = query(port, COUNTS);
        } finally {
            stop(service);
        }
        assertTrue(Files.exists(workDir.resolve("data/multivector.mv.db")), "the database lives under ./data");
        assertTrue(Files.readString(firstLog).contains("Seeded classpath:seed/kazakhstan-rejects-brics.yaml"));
        assertEquals(1, first.at("/data/sources").size());
        assertTrue(first.at("/data/actors/totalCount").asInt() >= 15);

        Path secondLog = workDir.resolve("second.log");
        port = freePort();
        service = start(workDir, port, Map.of(), secondLog);
        try {
            assertEquals(first, query(port, COUNTS), "the same data after a restart");
        } finally {
            stop(service);
        }
        assertTrue(Files.readString(secondLog).contains("is already imported"));
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
        Path log = workDir.resolve("broken.log");
        Process service = launch(workDir, freePort(), Map.of("MULTIVECTOR_SEED_LOCATION", seed.toString()), log);
        assertTrue(service.waitFor(60, TimeUnit.SECONDS), "the service stops by itself");
        assertNotEquals(0, service.exitValue());
        String output = Files.readString(log);
        assertTrue(output.contains("memberships[0].evidence[0]: the quote is not a verbatim passage of source "
                + "'Dispatch': \"Ruritania left the Northern League.\""), output);
    }

    private Process start(Path workDir, int port, Map<String, String> env, Path log) throws Exception {
        Process service = launch(workDir, port, env, log);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!service.isAlive()) {
                throw new AssertionError("the service exited: " + Files.readString(log));
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return service;
                }
            } catch (IOException notYetListening) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        stop(service);
        throw new AssertionError("the service did not become ready: " + Files.readString(log));
    }

    private static Process launch(Path workDir, int port, Map<String, String> env, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().putAll(env);
        return builder.start();
    }

    private JsonNode query(int port, String document) throws Exception {
        String body = JSON.writeValueAsString(Map.of("query", document));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static void stop(Process service) throws InterruptedException {
        service.destroy();
        if (!service.waitFor(30, TimeUnit.SECONDS)) {
            service.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
