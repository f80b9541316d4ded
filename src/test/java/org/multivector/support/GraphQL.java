package org.multivector.support;

import static io.restassured.RestAssured.given;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Posts GraphQL documents with variables, as a client would. */
public final class GraphQL {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GraphQL() {
    }

    public static ValidatableResponse query(String document) {
        return query(document, Map.of());
    }

    /** The editor's password in the test configuration ({@code %test.multivector.editor.password}). */
    public static final String EDITOR_PASSWORD = "test-editor-secret";

    /** Posts the document with the editor's HTTP Basic credentials. */
    public static ValidatableResponse asEditor(String document, Map<String, Object> variables) {
        return given()
                .auth().preemptive().basic("editor", EDITOR_PASSWORD)
                .contentType(ContentType.JSON)
                .body(Map.of("query", document, "variables", variables))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200);
    }

    /** A request body as JSON text, for tests that send raw bodies. */
    public static String json(Map<String, Object> request) {
        try {
            return JSON.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
