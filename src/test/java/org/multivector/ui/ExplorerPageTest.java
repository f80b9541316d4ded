package org.multivector.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The explorer is served by the service itself: its page at {@code /}, its script and style, and cytoscape.js
 * from its webjar with no version in the path. What it does in a browser, {@link ExplorerBrowserIT} checks.
 */
@QuarkusTest
class ExplorerPageTest {

    @Test
    void theRootServesTheExplorerPage() {
        given().get("/").then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<title>Multivector explorer</title>"))
                .body(containsString("<script src=\"/webjars/cytoscape/dist/cytoscape.min.js\" defer></script>"))
                .body(containsString("<script src=\"/explorer/explorer.js\" defer></script>"));
    }

    @Test
    void anActorInTheQueryStringIsServedTheSamePage() {
        given().queryParam("actor", "Kazakhstan").get("/").then()
                .statusCode(200)
                .body(containsString("<title>Multivector explorer</title>"));
    }

    @Test
    void cytoscapeAndThePageScriptsAreServedWithoutAVersionInThePath() {
        given().get("/webjars/cytoscape/dist/cytoscape.min.js").then()
                .statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("cytoscape"));
        given().get("/explorer/explorer.js").then()
                .statusCode(200)
                .body(containsString("query Suggest"));
        given().get("/explorer/explorer.css").then()
                .statusCode(200)
                .contentType(startsWith("text/css"));
    }
}
