package org.multivector.write;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;
import org.multivector.support.WritableDatabaseProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Reads are public; writes need the editor; bad credentials are refused without saying which part was wrong. */
@QuarkusTest
@TestProfile(WritableDatabaseProfile.class)
class AccessTest {

    static final String ADD_ACTOR = """
            mutation AddActor($name: String!) { addActor(input: { name: $name, kind: CITY }) { name } }
            """;
    static final String ACTOR = """
            query Actor($name: String!) { actor(name: $name) { name } }
            """;

    @Test
    void anAnonymousWriteIsRefusedAndWritesNothing() {
        GraphQL.query(ADD_ACTOR, Map.of("name", "Anonville"))
                .body("data", nullValue())
                .body("errors[0].message",
                        equalTo("Writes need the editor: send HTTP Basic credentials of the user 'editor'"))
                .body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
        GraphQL.query(ACTOR, Map.of("name", "Anonville")).body("data.actor", nullValue());
    }

    @Test
    void theEditorWrites() {
        String name = "Editorville " + UUID.randomUUID();
        GraphQL.asEditor(ADD_ACTOR, Map.of("name", name))
                .body("errors", nullValue())
                .body("data.addActor.name", equalTo(name));
        GraphQL.query(ACTOR, Map.of("name", name.toLowerCase())).body("data.actor.name", equalTo(name));
    }

    @Test
    void aWrongPasswordAndAWrongUserGetTheSameBare401() {
        String wrongPassword = refusedBody("editor", "not-the-password");
        String wrongUser = refusedBody("admin", GraphQL.EDITOR_PASSWORD);
        assertEquals(wrongPassword, wrongUser);
        GraphQL.query(ACTOR, Map.of("name", "Wrongville")).body("data.actor", nullValue());
    }

    @Test
    void readsNeedNoCredentials() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ sources { title } }"))
                .post("/graphql")
                .then().statusCode(200)
                .body("data.sources[0].title", not(emptyString()));
    }

    private static String refusedBody(String user, String password) {
        return given().auth().preemptive().basic(user, password)
                .contentType(ContentType.JSON)
                .body(Map.of("query", ADD_ACTOR, "variables", Map.of("name", "Wrongville")))
                .post("/graphql")
                .then().statusCode(401)
                .extract().asString();
    }
}
