package org.multivector.support;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Posts GraphQL documents with variables, as a client would. */
public final class GraphQL {

    private GraphQL() {
    }

    public static ValidatableResponse query(String document) {
        return query(document, Map.of());
    }

    /** Posts the document and expects HTTP 200, the status of every GraphQL response with a result. */
    public static ValidatableResponse query(String document, Map<String, Object> variables) {
        return given()
                .contentType(ContentType.JSON)
                .body(Map.of("query", document, "variables", variables))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200);
    }
}
