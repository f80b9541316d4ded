package org.multivector.warmup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every operation of the warm-up runs without an error, and without a warm-up the service is ready at once. */
@QuarkusTest
class WarmUpTest {

    @Inject
    WarmUp warmUp;

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Test
    void everyOperationOfTheWarmUpRunsWithoutAnError() throws InterruptedException {
        WarmUp.Report report = warmUp.run(endpoint, Duration.ofSeconds(4));
        assertEquals(Map.of(), report.failures());
        assertTrue(report.operations().size() >= 6, "operations: " + report.operations());
        for (String operation : report.operations()) {
            assertTrue(report.runsOf(operation) > 0, operation + " never ran");
        }
        // how many it keeps depends on which have answered by then: WarmUpReportTest has the rule
        int kept = report.secondHalf().orElseThrow(() -> new AssertionError("no second half")).size();
        assertTrue(kept >= 1 && kept <= (report.operations().size() + 1) / 2, "second half: " + report.secondHalf());
    }

    @Test
    void withoutAWarmUpTheServiceIsReadyAtOnce() {
        assertTrue(warmUp.isWarm());
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("warm-up"));
    }
}
