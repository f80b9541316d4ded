package org.multivector.write;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;
import org.multivector.support.NoEditorProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Without MULTIVECTOR_EDITOR_PASSWORD no editor exists: no password opens writes. */
@QuarkusTest
@TestProfile(NoEditorProfile.class)
class NoEditorTest {

    @Test
    void noCredentialsWrite() {
        for (String password : new String[] { "", GraphQL.EDITOR_PASSWORD, "editor" }) {
            given().auth().preemptive().basic("editor", password)
                    .contentType(ContentType.JSON)
                    .body(Map.of("query", "mutation { addActor(input: { name: \"Nobodyville\", kind: CITY }) { name } }"))
                    .post("/graphql")
                    .then().statusCode(401);
        }
        GraphQL.query("mutation { addActor(input: { name: \"Nobodyville\", kind: CITY }) { name } }")
                .body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
        GraphQL.query("{ actor(name: \"Nobodyville\") { name } }").body("data.actor", nullValue());
    }
}
