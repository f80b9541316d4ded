package org.multivector.warmup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

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
    void requestsWaitForTheWarmUpAndAreServedAfterIt() throws InterruptedException {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ revision }"))
                .post("/graphql").then()
                .statusCode(503)
                .header("Retry-After", "5")
                .body("errors[0].message", equalTo("The service is warming up and takes requests in a few seconds"))
                .body("errors[0].extensions.code", equalTo("WARMING_UP"));
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'warm-up' }.status", equalTo("DOWN"));
        given().get("/q/health/live").then().statusCode(200);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (given().get("/q/health/ready").statusCode() != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the warm-up did not end: " + given().get("/q/health/ready").asString());
            }
            Thread.sleep(250);
        }
        given().get("/q/health/ready").then().body("checks.name", hasItem("warm-up"));
        GraphQL.query("{ actor(name: \"Kazakhstan\") { name } }").body("data.actor.name", equalTo("Kazakhstan"));
    }
}
