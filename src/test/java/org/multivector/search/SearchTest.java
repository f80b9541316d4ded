package org.multivector.search;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.multivector.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SearchTest {

    static final String SEARCH = """
            query Search($text: String!, $first: Int) {
              search(text: $text, first: $first) {
                __typename
                ... on Actor { name }
                ... on Membership { status organisation { name } }
                ... on PunitiveMeasure { kind summary }
                ... on Relation { type }
                ... on Event { name }
              }
            }
            """;

    @Test
    void exactNameRanksFirst() {
        GraphQL.query(SEARCH, Map.of("text", "brics"))
                .body("errors", nullValue())
                .body("data.search[0].__typename", equalTo("Actor"))
                .body("data.search[0].name", equalTo("BRICS"))
                .body("data.search.__typename", hasItem("Membership"));
    }

    @Test
    void aliasFindsTheActor() {
        GraphQL.query(SEARCH, Map.of("text", "CSTO"))
                .body("data.search[0].name", equalTo("Collective Security Treaty Organisation"));
    }

    @Test
    void quotesFindFacts() {
        GraphQL.query(SEARCH, Map.of("text", "phytosanitary"))
                .body("data.search[0].__typename", equalTo("PunitiveMeasure"))
                .body("data.search[0].kind", equalTo("IMPORT_BAN"));
    }

    @Test
    void everyWordMustOccurAndApostrophesMatchEitherWay() {
        GraphQL.query(SEARCH, Map.of("text", "fruit vegetable"))
                .body("data.search.__typename", hasItem("PunitiveMeasure"));
        GraphQL.query(SEARCH, Map.of("text", "Kazakhstan's decision"))
                .body("data.search[0].__typename", equalTo("Event"))
                .body("data.search[0].name", equalTo("Kazakhstan's decision not to join BRICS"));
        GraphQL.query(SEARCH, Map.of("text", "buffer state"))
                .body("data.search.type", hasItem("BUFFER_STATE_OF"));
    }

    @Test
    void noMatchIsAnEmptyList() {
        GraphQL.query(SEARCH, Map.of("text", "zanzibar"))
                .body("errors", nullValue())
                .body("data.search", hasSize(0));
    }

    @Test
    void firstLimitsTheHits() {
        GraphQL.query(SEARCH, Map.of("text", "kazakhstan", "first", 3))
                .body("data.search.size()", lessThanOrEqualTo(3))
                .body("data.search[0].name", equalTo("Kazakhstan"));
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, -5, 51 })
    void firstOutOfRangeIsRefused(int first) {
        GraphQL.query(SEARCH, Map.of("text", "russia", "first", first))
                .body("errors[0].message", equalTo("Argument 'first' must be between 1 and 50, got " + first))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }

    @Test
    void blankTextIsRefused() {
        GraphQL.query(SEARCH, Map.of("text", "   "))
                .body("errors[0].message", equalTo("Argument 'text' must not be blank"));
    }

    @Test
    void punctuationAloneFindsNothing() {
        GraphQL.query(SEARCH, Map.of("text", "% _ ’ ?!"))
                .body("errors", nullValue())
                .body("data.search", hasSize(0));
    }
}
