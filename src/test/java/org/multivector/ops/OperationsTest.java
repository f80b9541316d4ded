package org.multivector.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What operators watch: health that includes the database, and Prometheus metrics with GraphQL
 * timings and SQL statement counts.
 */
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

    @Test
    void sqlStatementsAreCountedForPrometheus() {
        String query = "{ sources { title } events(first: 1) { totalCount } }";
        double start = sqlStatements();
        GraphQL.query(query);
        double first = sqlStatements() - start;
        GraphQL.query(query);
        double second = sqlStatements() - start - first;
        assertTrue(first >= 2, "the sources, the events page and their count: " + first);
        assertEquals(first, second, "the same query costs the same statements");
    }

    private static double sqlStatements() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("multivector_sql_statements_total "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no multivector_sql_statements_total in /q/metrics"));
    }
}
