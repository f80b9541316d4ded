package org.multivector.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.support.PackagedService;
import org.multivector.support.WebDriverClient;

/**
 * GraphiQL in a real browser: headless Chromium opens the packaged service's playground, runs
 * the README's first example query, and finds its result on the page. The screenshot is saved
 * as target/graphiql.png.
 */
class GraphiQLBrowserIT {

    static final String QUERY = """
            {
              actor(name: "kazakhstan") {
                name
                kind
                memberships {
                  status
                  organisation { name aliases }
                }
              }
            }
            """;

    @Test
    void graphiqlRunsTheReadmeQuery(@TempDir Path workDir) throws Exception {
        try (PackagedService service = PackagedService.start(workDir, Map.of(), "service.log");
                WebDriverClient browser = WebDriverClient.start(workDir)) {
            browser.open(service.url("/q/graphql-ui/?query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8).replace("+", "%20")));
            browser.click(browser.find(".graphiql-execute-button", Duration.ofSeconds(30)));
            String response = browser.find(".graphiql-response", Duration.ofSeconds(10));
            String text = "";
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (!text.contains("Eurasian Economic Union") && Instant.now().isBefore(deadline)) {
                Thread.sleep(250);
                text = browser.text(response);
            }
            browser.screenshot(Path.of("target/graphiql.png"));
            assertTrue(text.contains("\"name\": \"Kazakhstan\""), text);
            assertTrue(text.contains("Collective Security Treaty Organisation"), text);
            assertTrue(text.contains("\"status\": \"DECLINED\""), text);
        }
    }
}
