package org.multivector.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.support.PackagedService;
import org.multivector.support.WebDriverClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The explorer page in a real browser: headless Chromium opens the packaged service's {@code /}, reads the
 * seed's facts in the page's text, clicks links and actors on the canvas, uses the keyboard and the filters,
 * and fails on any console error. The first test saves target/explorer.png.
 */
class ExplorerBrowserIT {

    static final Duration LOADING = Duration.ofSeconds(30);

    static final String BAN_QUOTE = "Just days after the announcement, Russia decided to ban the import of several Kazakh fruit "
            + "and vegetable products";

    /** The viewport point of a drawn element (a node by its actor's name, or a link by its key). */
    static final String POSITION = """
            const cy = window.multivectorExplorer.graph();
            const element = arguments[0] ? cy.nodes().filter(n => n.data('name') === arguments[0])[0] : cy.getElementById(arguments[1]);
            const point = element.isNode() ? element.renderedPosition() : element.renderedMidpoint();
            const box = cy.container().getBoundingClientRect();
            return [box.left + point.x, box.top + point.y];
            """;

    /** The shapes of a state, an organisation, a person and a city as drawn. */
    static final String SHAPES = """
            const cy = window.multivectorExplorer.graph();
            return ['Kazakhstan', 'BRICS', 'Kassym-Jomart Tokayev', 'Astana']
                .map(name => cy.nodes().filter(n => n.data('name') === name)[0].style('shape'));
            """;

    /** A membership's and a refusal's line styles, and the arrow heads of a measure and of a relation. */
    static final String LINKS = """
            const cy = window.multivectorExplorer.graph();
            const of = (kind) => cy.edges('.' + kind)[0];
            return [of('member').style('line-style'), of('declined').style('line-style'),
                of('measure').style('target-arrow-shape'), of('relation').style('target-arrow-shape')];
            """;

    /** Every asserted link is drawn wider and more opaque than every hedged one. */
    static final String ASSERTED_STANDS_OUT = """
            const edges = window.multivectorExplorer.graph().edges();
            const asserted = edges.filter(e => e.data('certainty') === 'ASSERTED');
            const hedged = edges.filter(e => e.data('certainty') !== 'ASSERTED');
            const narrowest = Math.min(...asserted.map(e => parseFloat(e.style('width'))));
            const widest = Math.max(...hedged.map(e => parseFloat(e.style('width'))));
            return hedged.length > 0 && narrowest > widest
                && asserted.every(e => parseFloat(e.style('opacity')) === 1) && hedged.every(e => parseFloat(e.style('opacity')) < 1);
            """;

    @Test
    void kazakhstansFactsAreListedAndTheBanIsReadAtItsQuote(@TempDir Path workDir) throws Exception {
        try (PackagedService service = PackagedService.start(workDir, Map.of(), "service.log");
                WebDriverClient browser = WebDriverClient.start(workDir)) {
            browser.open(service.url("/?actor=Kazakhstan"));
            String facts = factsOnceReady(browser);
            assertKazakhstansFacts(facts);

            // How the network tells kinds apart: shapes for actors, colour and line style for links, weight for certainty.
            assertEquals("[\"ellipse\",\"round-rectangle\",\"triangle\",\"diamond\"]", browser.execute(SHAPES).toString());
            assertEquals("[\"solid\",\"dashed\",\"triangle\",\"vee\"]", browser.execute(LINKS).toString());
            assertTrue(browser.execute(ASSERTED_STANDS_OUT).asBoolean());
            String legend = browser.text(browser.find("#legend", LOADING));
            assertTrue(legend.contains("declined to join (dashed)") && legend.contains("arrow from imposer to target"), legend);

            // The ban, clicked on the canvas: its panel, its quote marked at its offsets, the URL following.
            String ban = browser.execute("return [...document.querySelectorAll('#fact-rows tr')]"
                    + ".find(row => row.textContent.includes('import ban')).dataset.fact").asText();
            clickOnCanvas(browser, null, ban);
            assertEquals(BAN_QUOTE, markedQuote(browser).substring(0, BAN_QUOTE.length()));
            String panel = browser.text(browser.find("#details", LOADING));
            assertTrue(panel.contains("Punitive measure"), panel);
            assertTrue(panel.contains("Stated reason"), panel);
            assertTrue(panel.contains("Kazakhstan’s rejection of BRICS is a geopolitical gamble, Emerging Europe (Opinion)"), panel);
            assertTrue(browser.currentUrl().contains("select=" + ban.replace(":", "%3A")), browser.currentUrl());
            browser.screenshot(Path.of("target/explorer.png"));

            // The keyboard alone: Enter on a row's button opens that fact's evidence.
            String refusal = browser.find("#fact-rows tr[data-fact] button[data-evidence]", LOADING);
            browser.sendKeys(refusal, WebDriverClient.ENTER);
            String refusalPanel = waitForText(browser, "#details", "Refusal");
            assertTrue(refusalPanel.contains("Kazakhstan declined to join BRICS."), refusalPanel);

            // A filter: the URL follows, and opening that URL again restores the same view.
            for (String hedged : List.of("ASSESSED", "REPORTED", "HYPOTHETICAL")) {
                browser.click(browser.find("#filters input[name=certainty][value=" + hedged + "]", LOADING));
                factsOnceReady(browser);
            }
            String filteredUrl = browser.currentUrl();
            assertTrue(filteredUrl.endsWith("/?actor=Kazakhstan&certainty=ASSERTED"), filteredUrl);
            String asserted = factsOnceReady(browser);
            assertFalse(asserted.contains("may impose"), asserted);
            assertTrue(asserted.contains("import ban"), asserted);
            browser.open(service.url("/"));
            factsOnceReady(browser);
            browser.open(filteredUrl);
            assertEquals(asserted, factsOnceReady(browser));
            assertEquals("[true,false,false,false]", browser.execute(
                    "return [...document.querySelectorAll('input[name=certainty]')].map(box => box.checked)").toString());

            // The kind and status filters: relations left out, memberships only the refusals.
            browser.click(browser.find("#filters input[name=kind][value=relation]", LOADING));
            factsOnceReady(browser);
            browser.click(browser.find("#filters select[name=membershipStatus] option[value=DECLINED]", LOADING));
            String refusals = factsOnceReady(browser);
            assertTrue(browser.currentUrl().endsWith("/?actor=Kazakhstan&kind=membership,measure&status=DECLINED&certainty=ASSERTED"),
                    browser.currentUrl());
            assertTrue(refusals.contains("Kazakhstan declined to join BRICS.") && refusals.contains("import ban"), refusals);
            assertFalse(refusals.contains("is a member of") || refusals.contains("leader of"), refusals);

            // Back: the view before the status filter, from the address alone.
            browser.back();
            String beforeStatus = waitForText(browser, "#facts", "is a member of");
            assertTrue(browser.currentUrl().endsWith("/?actor=Kazakhstan&kind=membership,measure&certainty=ASSERTED"),
                    browser.currentUrl());
            assertFalse(beforeStatus.contains("leader of"), beforeStatus);
            assertEquals("", browser.execute("return document.querySelector('select[name=membershipStatus]').value").asText());

            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void searchSuggestsActorsAndAClickOnAnActorDrawsItsNeighbourhood(@TempDir Path workDir) throws Exception {
        try (PackagedService service = PackagedService.start(workDir, Map.of(), "service.log");
                WebDriverClient browser = WebDriverClient.start(workDir)) {
            // With no actor in the URL, the page opens on the member of the first membership on record (the seed's
            // Kazakhstan) rather than on nothing: a new user sees the article's facts at once.
            browser.open(service.url("/"));
            String first = factsOnceReady(browser);
            assertTrue(browser.currentUrl().endsWith("/?actor=Kazakhstan"), browser.currentUrl());
            assertKazakhstansFacts(first);

            String search = browser.find("#search", LOADING);
            browser.clear(search);
            browser.sendKeys(search, "Tokay");
            String suggestion = waitForText(browser, "#suggestions", "Kassym-Jomart Tokayev");
            assertTrue(suggestion.contains("person"), suggestion);
            browser.sendKeys(search, WebDriverClient.ARROW_DOWN + WebDriverClient.ENTER);
            String facts = factsOnceReady(browser);
            assertTrue(facts.contains("Kassym-Jomart Tokayev leader of Kazakhstan."), facts);
            assertTrue(browser.currentUrl().endsWith("/?actor=Kassym-Jomart+Tokayev"), browser.currentUrl());

            // A click on Kazakhstan's node draws Kazakhstan's own neighbourhood beside Tokayev's.
            clickOnCanvas(browser, "Kazakhstan", null);
            String expanded = waitForText(browser, "#facts", "Kazakhstan declined to join BRICS.");
            assertTrue(expanded.contains("Kassym-Jomart Tokayev leader of Kazakhstan."), expanded);
            assertTrue(browser.currentUrl().contains("&expand=Kazakhstan"), browser.currentUrl());
            assertTrue(browser.text(browser.find("#details", LOADING)).contains("Kazakhstan"));

            // An unknown name is said to be unknown.
            browser.open(service.url("/?actor=Atlantis"));
            String status = waitForText(browser, "#status", "No actor is named “Atlantis”");
            assertTrue(status.contains("search box"), status);

            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void aLargeNeighbourhoodComesInPagesBehindShowMore(@TempDir Path workDir) throws Exception {
        int members = 55;
        Path file = workDir.resolve("pact.json");
        String actors = IntStream.range(0, members)
                .mapToObj(i -> "{\"name\": \"Member %02d\", \"kind\": \"STATE\"}".formatted(i)).collect(Collectors.joining(",\n"));
        String memberships = IntStream.range(0, members)
                .mapToObj(i -> ("{\"member\": \"Member %02d\", \"organisation\": \"Large Pact\", \"status\": \"MEMBER\", "
                        + "\"evidence\": [{\"source\": \"wire\", \"quote\": \"Many states joined the Large Pact.\"}]}").formatted(i))
                .collect(Collectors.joining(",\n"));
        Files.writeString(file, """
                {"sources": [{"key": "wire", "title": "Pact wire", "text": "Many states joined the Large Pact."}],
                 "actors": [{"name": "Large Pact", "kind": "ORGANISATION"}, %s],
                 "memberships": [%s]}
                """.formatted(actors, memberships));
        PackagedService importing = PackagedService.launch(workDir, Map.of(), "import.log", "import", file.toString());
        assertTrue(importing.process().waitFor(120, TimeUnit.SECONDS), "the import ends by itself");
        assertEquals(0, importing.process().exitValue(), importing.log());

        try (PackagedService service = PackagedService.start(workDir, Map.of(), "service.log");
                WebDriverClient browser = WebDriverClient.start(workDir)) {
            browser.open(service.url("/?actor=Large%20Pact"));
            factsOnceReady(browser);
            assertEquals(40, browser.execute("return document.querySelectorAll('#fact-rows tr[data-fact]').length").asInt());
            String more = browser.find("#show-more:not([hidden])", LOADING);
            assertEquals("Show more (40 of 55 facts shown)", browser.text(more));
            browser.click(more);
            factsOnceReady(browser);
            assertEquals(members, browser.execute("return document.querySelectorAll('#fact-rows tr[data-fact]').length").asInt());
            assertEquals(members + 1, browser.execute("return window.multivectorExplorer.graph().nodes().length").asInt());
            assertTrue(browser.execute("return document.querySelector('#show-more').hidden").asBoolean());

            // Twelve actors expanded beside the pact: more than one request holds, all of them drawn.
            String expanded = IntStream.of(0, 1, 2, 3, 4, 5, 45, 46, 47, 48, 49, 50)
                    .mapToObj(i -> "&expand=Member%%20%02d".formatted(i)).collect(Collectors.joining());
            browser.open(service.url("/?actor=Large%20Pact" + expanded));
            factsOnceReady(browser);
            assertEquals(13, browser.execute("return window.multivectorExplorer.graph().nodes('.expanded').length").asInt());
            // the pact's first 40 memberships, and those of members 45 to 50 from their own neighbourhoods
            assertEquals(46, browser.execute("return document.querySelectorAll('#fact-rows tr[data-fact]').length").asInt());
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    /** The seed's facts about Kazakhstan that a new user must see. */
    private static void assertKazakhstansFacts(String facts) {
        assertTrue(facts.contains("Kazakhstan is a member of Collective Security Treaty Organisation."), facts);
        assertTrue(facts.contains("Kazakhstan is a member of Eurasian Economic Union."), facts);
        assertTrue(facts.contains("Kazakhstan declined to join BRICS."), facts);
        assertTrue(facts.contains("Russia imposed an import ban on Kazakhstan: several Kazakh fruit and vegetable products."), facts);
    }

    /** Waits until the page has drawn what it was asked for, then returns the text of its table of facts. */
    private static String factsOnceReady(WebDriverClient browser) throws Exception {
        Instant deadline = Instant.now().plus(LOADING);
        while (!"ready".equals(browser.execute("return document.body.dataset.state").asText())) {
            assertTrue(Instant.now().isBefore(deadline), "the page is ready: " + browser.execute("return document.body.dataset.state"));
            Thread.sleep(100);
        }
        return browser.text(browser.find("#facts", LOADING));
    }

    private static String waitForText(WebDriverClient browser, String css, String expected) throws Exception {
        Instant deadline = Instant.now().plus(LOADING);
        String text = "";
        while (!text.contains(expected) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            text = browser.text(browser.find(css, LOADING));
        }
        assertTrue(text.contains(expected), css + " shows " + expected + ": " + text);
        return text;
    }

    private static String markedQuote(WebDriverClient browser) throws Exception {
        return waitForText(browser, "#details mark", BAN_QUOTE);
    }

    private static void clickOnCanvas(WebDriverClient browser, String actorName, String linkKey) throws Exception {
        browser.execute("window.scrollTo(0, 0)");
        JsonNode point = browser.execute(POSITION, actorName, linkKey);
        browser.clickAt(point.get(0).asDouble(), point.get(1).asDouble());
    }
}
