package org.multivector.schema;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SchemaAndPlaygroundTest {

    @Test
    void schemaIsServedWithTheContractsTypes() {
        given().when().get("/graphql/schema.graphql").then()
                .statusCode(200)
                .body(containsString("union SearchHit = Actor | Event | Membership | PunitiveMeasure | Relation"))
                .body(containsString("enum ActorKind"))
                .body(containsString("type ActorConnection"))
                .body(containsString("edges: [ActorEdge!]!"))
                .body(containsString("totalCount: Int!"));
    }

    static final String TYPE = """
            query Type($name: String!) {
              __type(name: $name) { description fields { name description type { kind ofType { name } } } }
            }
            """;

    @Test
    void everyContractFieldIsDescribedAndTyped() {
        GraphQL.query(TYPE, Map.of("name", "Actor"))
                .body("errors", nullValue())
                .body("data.__type.description", equalTo("A state, bloc, leader, city, region or government body."))
                .body("data.__type.fields.name", hasItems("id", "name", "kind", "aliases", "description",
                        "memberships", "members", "measuresImposed", "measuresReceived", "relations"))
                .body("data.__type.fields.find { it.name == 'memberships' }.type.kind", equalTo("NON_NULL"));
        GraphQL.query(TYPE, Map.of("name", "Evidence"))
                .body("data.__type.fields.find { it.name == 'start' }.type.ofType.name", equalTo("Int"))
                .body("data.__type.fields.find { it.name == 'source' }.type.kind", equalTo("NON_NULL"));
        GraphQL.query(TYPE, Map.of("name", "PageInfo"))
                .body("data.__type.fields.name", hasItems("hasNextPage", "endCursor"));
    }

    @Test
    void noTypeOrFieldIsUndescribed() {
        GraphQL.query("""
                {
                  __schema {
                    types { name kind description fields { name description args { name description } } }
                  }
                }
                """)
                .body("data.__schema.types.findAll { !it.name.startsWith('__') && it.kind == 'OBJECT' && it.description == null }.name",
                        empty())
                .body("data.__schema.types.findAll { !it.name.startsWith('__') && it.kind == 'OBJECT' }.collect { t -> t.fields.findAll { it.description == null }.collect { t.name + '.' + it.name } }.flatten()",
                        empty())
                .body("data.__schema.types.findAll { !it.name.startsWith('__') && it.kind == 'OBJECT' }.collect { t -> t.fields.collect { f -> f.args.findAll { it.description == null }.collect { t.name + '.' + f.name + '(' + it.name + ')' } } }.flatten()",
                        empty());
    }

    @Test
    void graphiqlsIntrospectionQueryPassesTheDepthAndComplexityLimits() throws IOException {
        String introspection;
        try (InputStream in = getClass().getResourceAsStream("/graphiql-introspection.graphql")) {
            introspection = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        GraphQL.query(introspection)
                .body("errors", nullValue())
                .body("data.__schema.queryType.name", equalTo("Query"))
                .body("data.__schema.types.name", hasItems("Actor", "SearchHit", "ActorConnection", "ActorEdge"));
    }

    @Test
    void graphiqlIsServed() {
        given().when().get("/q/graphql-ui/").then()
                .statusCode(200)
                .body(containsString("<html"))
                .body(containsString("graphiql"));
    }

    @Test
    void healthIsUp() {
        given().when().get("/q/health").then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }
}
