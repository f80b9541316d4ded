package org.multivector.warmup;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * While the warm-up runs, a GraphQL request gets a 503 that says why and when to come back, and
 * readiness is down; when it is over, the service answers.
 */
@QuarkusTest
@TestProfile(WarmUpGateTest.WarmingUp.class)
class WarmUpGateTest {

    /** Long enough for the first assertions to meet the warm-up still running. */
    public static class WarmingUp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("multivector.warm-up.duration", "20s", "multivector.warm-up.clients", "2");
        }
    }

    @Test
    void requestsWaitForTheWarmUpAndAreServedAfterIt() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ revision }"))
                .post("/graphql").then()
                .statusCode(503)
                .header("Retry-After", "5")
                .body("errors[0].message", equalTo("The service is warming up and takes requests in a few seconds"))
                .body("errors[0].extensions.code", equalTo("WARMING_UP"));
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'warm-up' }.status", equalTo("DOWN"));
        given().get("/q/health/live").then().statusCode(200);

        // the service runs in this JVM: its threads' uncaught exceptions are not this wait's to fail on
        await("the warm-up's end").dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                    Response ready = given().get("/q/health/ready");
                    assertEquals(200, ready.statusCode(), "the warm-up did not end: " + ready.asString());
                });
        given().get("/q/health/ready").then().body("checks.name", hasItem("warm-up"));
        GraphQL.query("{ actor(name: \"Kazakhstan\") { name } }").body("data.actor.name", equalTo("Kazakhstan"));
    }
}
