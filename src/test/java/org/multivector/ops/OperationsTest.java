package org.multivector.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/** What operators watch: health that includes the database, and Prometheus metrics with GraphQL timings. */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void graphqlOperationsAreTimedForPrometheus() {
        GraphQL.query("{ events(first: 1) { totalCount } }");
        given().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("graphql_operation_seconds_count{field=\"events\",outcome=\"success\",type=\"query\"}"));
        GraphQL.query("{ actors(first: -1) { totalCount } }");
        given().get("/q/metrics").then()
                .body(containsString("graphql_operation_seconds_count{field=\"actors\",outcome=\"error\",type=\"query\"}"));
    }
}
