package org.multivector.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The packaged jar run as a user runs it: {@code java -jar target/quarkus-app/quarkus-run.jar}
 * in a working folder of the test's, on a free port, with the environment the test gives.
 */
public final class PackagedService implements AutoCloseable {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedService(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Launches the jar in {@code workDir}, with the command-line {@code arguments}, logging to
     * {@code logName} there, without waiting.
     */
    public static PackagedService launch(Path workDir, Map<String, String> environment, String logName,
            String... arguments) throws IOException {
        int port = freePort();
        Path log = workDir.resolve(logName);
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.remove("QUARKUS_DATASOURCE_JDBC_URL");
        env.remove("MULTIVECTOR_EDITOR_PASSWORD");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        if (TestDatabases.isPostgresql()) {
            // The PostgreSQL build has no embedded default: a database of this working folder's own.
            env.put("QUARKUS_DATASOURCE_JDBC_URL", TestDatabases.url("packaged_" + workDir.getFileName()));
        }
        env.putAll(environment);
        return new PackagedService(builder.start(), port, log);
    }

    /** Launches the jar and waits until it reports ready. */
    public static PackagedService start(Path workDir, Map<String, String> environment, String logName)
            throws IOException, InterruptedException {
        PackagedService service = launch(workDir, environment, logName);
        service.awaitReady();
        return service;
    }

    private void awaitReady() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited: " + log());
            }
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(url("/q/health/ready"))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        close();
        throw new AssertionError("the service did not become ready: " + log());
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Posts a GraphQL document, with the editor's credentials when {@code password} is given. */
    public JsonNode graphql(String document, Map<String, Object> variables, String password)
            throws IOException, InterruptedException {
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/graphql")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (password != null) {
            String credentials = Base64.getEncoder()
                    .encodeToString(("editor:" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + credentials);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    public Process process() {
        return process;
    }

    /** Ends the service the hard way, as a crash or {@code kill -9} would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the service gracefully (SIGTERM). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
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
