package org.multivector.support;

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
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A headless Chromium driven through Debian's chromedriver with the W3C WebDriver protocol,
 * spoken over plain HTTP: no browser download and no WebDriver library on the test classpath.
 */
public final class WebDriverClient implements AutoCloseable {

    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /** The Enter key, for {@link #sendKeys}. */
    public static final String ENTER = "\uE007";
    /** The arrow-down key, for {@link #sendKeys}. */
    public static final String ARROW_DOWN = "\uE015";

    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process driver;
    private final String base;
    private final String session;

    private WebDriverClient(Process driver, String base, String session) {
        this.driver = driver;
        this.base = base;
        this.session = session;
    }

    /** Starts chromedriver and a headless Chromium with a profile of its own in {@code profileDir}. */
    public static WebDriverClient start(Path profileDir) throws IOException, InterruptedException {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("The browser test needs Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver); .ci/run installs them");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(profileDir.resolve("chromedriver.log").toFile())
                .start();
        String base = "http://127.0.0.1:" + port;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            try {
                if (call("GET", base + "/status", null).at("/value/ready").asBoolean()) {
                    break;
                }
            } catch (IOException notYetListening) {
                // not listening yet
            }
            if (Instant.now().isAfter(deadline)) {
                driver.destroyForcibly();
                throw new IllegalStateException("chromedriver did not start");
            }
            Thread.sleep(100);
        }
        // The flags keep Chromium off the network beyond the page under test.
        Map<String, Object> options = Map.of("binary", CHROMIUM.toString(), "args", List.of(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,900", "--user-data-dir=" + profileDir.resolve("profile")));
        JsonNode created = call("POST", base + "/session", Map.of("capabilities",
                Map.of("alwaysMatch", Map.of("browserName", "chrome", "goog:chromeOptions", options,
                        "goog:loggingPrefs", Map.of("browser", "ALL")))));
        return new WebDriverClient(driver, base, created.at("/value/sessionId").asText());
    }

    public void open(String url) throws IOException, InterruptedException {
        command("POST", "/url", Map.of("url", url));
    }

    /** The first element matching {@code css}, waiting up to {@code timeout} for it to appear. */
    public String find(String css, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            JsonNode found = command("POST", "/elements", Map.of("using", "css selector", "value", css));
            if (found.path("value").size() > 0) {
                return found.at("/value/0/" + ELEMENT).asText();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no element matches " + css);
            }
            Thread.sleep(200);
        }
    }

    public void click(String element) throws IOException, InterruptedException {
        command("POST", "/element/" + element + "/click", Map.of());
    }

    public String text(String element) throws IOException, InterruptedException {
        return command("GET", "/element/" + element + "/text", null).path("value").asText();
    }

    public void clear(String element) throws IOException, InterruptedException {
        command("POST", "/element/" + element + "/clear", Map.of());
    }

    /** Types {@code keys} into the element, as a keyboard does ({@link #ENTER} and the like for special keys). */
    public void sendKeys(String element, String keys) throws IOException, InterruptedException {
        command("POST", "/element/" + element + "/value", Map.of("text", keys));
    }

    /** A mouse click at a point of the viewport, wherever it falls: on a canvas too. */
    public void clickAt(double x, double y) throws IOException, InterruptedException {
        Map<String, Object> mouse = Map.of("type", "pointer", "id", "mouse", "parameters", Map.of("pointerType", "mouse"),
                "actions", List.of(
                        Map.of("type", "pointerMove", "duration", 0, "origin", "viewport", "x", Math.round(x), "y", Math.round(y)),
                        Map.of("type", "pointerDown", "button", 0),
                        Map.of("type", "pointerUp", "button", 0)));
        command("POST", "/actions", Map.of("actions", List.of(mouse)));
        command("DELETE", "/actions", null);
    }

    /** Runs {@code script} in the page (its arguments as {@code arguments[i]}) and returns what it returns. */
    public JsonNode execute(String script, Object... arguments) throws IOException, InterruptedException {
        return command("POST", "/execute/sync", Map.of("script", script, "args", Arrays.asList(arguments))).path("value");
    }

    /** The browser's Back button. */
    public void back() throws IOException, InterruptedException {
        command("POST", "/back", Map.of());
    }

    public String currentUrl() throws IOException, InterruptedException {
        return command("GET", "/url", null).path("value").asText();
    }

    /** The console's errors (and failed loads) since the last call, one line each. */
    public List<String> consoleErrors() throws IOException, InterruptedException {
        List<String> errors = new ArrayList<>();
        for (JsonNode entry : command("POST", "/se/log", Map.of("type", "browser")).path("value")) {
            if ("SEVERE".equals(entry.path("level").asText())) {
                errors.add(entry.path("message").asText());
            }
        }
        return errors;
    }

    public void screenshot(Path png) throws IOException, InterruptedException {
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode(command("GET", "/screenshot", null).path("value").asText()));
    }

    @Override
    public void close() throws InterruptedException {
        try {
            call("DELETE", base + "/session/" + session, null);
        } catch (IOException ignored) {
            // the driver is ended below either way
        }
        driver.destroy();
        if (!driver.waitFor(10, TimeUnit.SECONDS)) {
            driver.destroyForcibly();
        }
    }

    private JsonNode command(String method, String path, Object body) throws IOException, InterruptedException {
        JsonNode response = call(method, base + "/session/" + session + path, body);
        if (response.at("/value/error").isTextual()) {
            throw new AssertionError("WebDriver " + path + ": " + response.at("/value/message").asText());
        }
        return response;
    }

    private static JsonNode call(String method, String url, Object body) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .method(method, publisher)
                .timeout(Duration.ofSeconds(60))
                .build();
        return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }
}
