package org.multivector.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A catalogue of bad requests: each gets a clear error with the right status, no response
 * shows a stack trace, SQL or a Java class or package name, and the service stays healthy.
 */
@QuarkusTest
class HostileInputTest {

    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |(java|javax|jakarta|org|io|com|graphql)\\.[a-z]+\\.|\\bSQL\\b|select .* from |\\bH2\\b"
                    + "|hibernate|StringValue\\{");

    record BadRequest(String name, int status, String bodyContains, RequestSpecification request, String method) {
    }

    static RequestSpecification json(String body) {
        return given().contentType("application/json").body(body);
    }

    static String query(String document) {
        return GraphQL.json(Map.of("query", document));
    }

    static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    static List<BadRequest> catalogue() {
        String deepSelection = "{ actor(name: \"Kazakhstan\") { " + "memberships { organisation { members { member { "
                .repeat(4) + "name" + " } } } }".repeat(4) + " } }";
        String aliasFlood = "{ " + IntStream.range(0, 1200).mapToObj(i -> "a" + i + ": sources { title }")
                .collect(Collectors.joining(" ")) + " }";
        String tokenFlood = "{ sources { " + "title ".repeat(16000) + "} }";
        return List.of(
                new BadRequest("malformed JSON", 400, "not valid JSON", json("{\"query\": \"{ sources { id } \""), "POST"),
                new BadRequest("a JSON array", 400, "must be a JSON object", json("[1, 2]"), "POST"),
                new BadRequest("no query", 400, "needs 'query'", json("{}"), "POST"),
                new BadRequest("a numeric query", 400, "needs 'query'", json("{\"query\": 5}"), "POST"),
                new BadRequest("string variables", 400, "'variables' must be an object",
                        json("{\"query\": \"{ sources { title } }\", \"variables\": \"x\"}"), "POST"),
                new BadRequest("deeply nested variables", 400, "deeper than 64 levels",
                        json("{\"query\": \"{ sources { title } }\", \"variables\": {\"x\": " + nested(5000) + "}}"), "POST"),
                new BadRequest("an empty body", 400, "body is empty", json(""), "POST"),
                new BadRequest("plain text", 415, "application/json",
                        given().contentType("text/plain").body("{ sources { title } }"), "POST"),
                new BadRequest("a body over the limit", 413, "",
                        json("{\"query\": \"{ sources { title } }\", \"pad\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}"), "POST"),
                new BadRequest("a mutation over GET", 405, "Mutations need POST",
                        given().queryParam("query", "mutation { deleteActor(id: \"1\") }"), "GET"),
                new BadRequest("a syntax error", 200, "Invalid syntax", json(query("{ sources { title ")), "POST"),
                new BadRequest("an unknown field", 200, "nope", json(query("{ nope }")), "POST"),
                new BadRequest("a query deeper than 15 levels", 200, "depth", json(query(deepSelection)), "POST"),
                new BadRequest("an alias flood", 200, "complexity", json(query(aliasFlood)), "POST"),
                new BadRequest("a token flood", 200, "tokens", json(query(tokenFlood)), "POST"),
                new BadRequest("a page too large", 200, "between 0 and 100", json(query("{ actors(first: 101) { totalCount } }")), "POST"),
                new BadRequest("an Int overflow", 200, "first", json(query("{ actors(first: 2147483648) { totalCount } }")), "POST"),
                new BadRequest("a bad cursor", 200, "Invalid cursor", json(query("{ actors(after: \"x\") { totalCount } }")), "POST"),
                new BadRequest("a bad id", 200, "not an id", json(query("{ actor(id: \"abc\") { name } }")), "POST"),
                new BadRequest("an unknown enum value", 200, "EMPIRE", json(query("{ actors(kind: EMPIRE) { totalCount } }")), "POST"),
                new BadRequest("a variable of the wrong type", 200, "first",
                        json(GraphQL.json(Map.of("query", "query Q($first: Int) { actors(first: $first) { totalCount } }",
                                "variables", Map.of("first", "abc")))), "POST"),
                new BadRequest("an anonymous mutation", 200, "Writes need the editor",
                        json(query("mutation { deleteActor(id: \"1\") }")), "POST"),
                new BadRequest("a huge search text", 200, "at most 8 are searched",
                        json(query("{ search(text: \"" + IntStream.range(0, 20000).mapToObj(i -> "w" + i)
                                .collect(Collectors.joining(" ")) + "\") { __typename } }")), "POST"));
    }

    @Test
    void everyBadRequestGetsAClearErrorAndLeaksNothing() {
        for (BadRequest bad : catalogue()) {
            Response response = bad.method().equals("GET")
                    ? bad.request().get("/graphql")
                    : bad.request().post("/graphql");
            String body = response.asString();
            assertEquals(bad.status(), response.statusCode(), bad.name() + ": " + body);
            assertTrue(body.contains(bad.bodyContains()), bad.name() + ": " + body);
            assertFalse(LEAK.matcher(body).find(), bad.name() + " leaks internals: " + body);
            if (bad.status() == 200) {
                assertTrue(body.contains("\"errors\""), bad.name() + ": " + body);
            }
        }
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        GraphQL.query("{ sources { title } }").body("errors", nullValue()).body("data.sources[0].title", not(nullValue()));
    }

    @Test
    void getRunsQueries() {
        given().queryParam("query", "{ actor(name: \"Kazakhstan\") { kind } }")
                .get("/graphql")
                .then().statusCode(200)
                .body("data.actor.kind", equalTo("STATE"));
    }
}
