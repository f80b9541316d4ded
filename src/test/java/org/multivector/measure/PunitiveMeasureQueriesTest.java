package org.multivector.measure;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PunitiveMeasureQueriesTest {

    static final String MEASURES = """
            query Measures($imposer: String, $target: String, $kind: MeasureKind, $status: MeasureStatus,
                           $first: Int, $after: String) {
              punitiveMeasures(imposer: $imposer, target: $target, kind: $kind, status: $status,
                               first: $first, after: $after) {
                totalCount
                nodes {
                  kind status summary scope statedReason assessedMotive date
                  imposer { name }
                  target { name }
                  trigger { name kind }
                  evidence { quote start end }
                }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;

    @Test
    void russiaBannedKazakhFruitAndVegetableImportsOnAPhytosanitaryPretext() {
        GraphQL.query(MEASURES, Map.of("imposer", "Russia", "target", "Kazakhstan", "kind", "IMPORT_BAN"))
                .body("errors", nullValue())
                .body("data.punitiveMeasures.totalCount", equalTo(1))
                .body("data.punitiveMeasures.nodes[0].status", equalTo("IMPOSED"))
                .body("data.punitiveMeasures.nodes[0].imposer.name", equalTo("Russia"))
                .body("data.punitiveMeasures.nodes[0].target.name", equalTo("Kazakhstan"))
                .body("data.punitiveMeasures.nodes[0].scope", equalTo("several Kazakh fruit and vegetable products"))
                .body("data.punitiveMeasures.nodes[0].statedReason", equalTo(
                        "lack of action from the competent authorities in Kazakhstanto ensure phytosanitary safety in Russia"))
                .body("data.punitiveMeasures.nodes[0].assessedMotive",
                        allOf(startsWith("Likely punishment"), containsString("flimsy excuse")))
                .body("data.punitiveMeasures.nodes[0].date", nullValue())
                .body("data.punitiveMeasures.nodes[0].trigger.name", equalTo("Kazakhstan's decision not to join BRICS"))
                .body("data.punitiveMeasures.nodes[0].trigger.kind", equalTo("DECISION"))
                .body("data.punitiveMeasures.nodes[0].evidence.quote", hasItem(endsWith(
                        "For those who can read between the lines, this is merely a flimsy excuse to impose punitive "
                                + "measures against its historically compliant southern neighbour.")));
    }

    @Test
    void filtersTakeAliasesInAnyCase() {
        GraphQL.query(MEASURES, Map.of("imposer", "RUSSIAN FEDERATION", "kind", "IMPORT_BAN"))
                .body("data.punitiveMeasures.nodes.target.name", contains("Kazakhstan"));
    }

    @Test
    void statusFilterSeparatesImposedFromSpeculated() {
        GraphQL.query(MEASURES, Map.of("status", "SPECULATED"))
                .body("data.punitiveMeasures.nodes.kind", contains("MILITARY", "OTHER"))
                .body("data.punitiveMeasures.nodes[0].scope", equalTo("Kazakhstan’s northern provinces"))
                .body("data.punitiveMeasures.nodes.trigger.name", everyItem(equalTo("Russian victory in Ukraine")));
        GraphQL.query(MEASURES, Map.of("status", "IMPOSED"))
                .body("data.punitiveMeasures.nodes.kind", contains("IMPORT_BAN"));
        GraphQL.query(MEASURES, Map.of("status", "LIFTED"))
                .body("data.punitiveMeasures.nodes", hasSize(0));
    }

    @Test
    void actorsListTheMeasuresTheyImposedAndReceived() {
        GraphQL.query("""
                query Sides($imposer: String!, $target: String!) {
                  imposer: actor(name: $imposer) { measuresImposed { kind target { name } } measuresReceived { kind } }
                  target: actor(name: $target) { measuresReceived { kind imposer { name } } measuresImposed { kind } }
                }
                """, Map.of("imposer", "Russia", "target", "Kazakhstan"))
                .body("errors", nullValue())
                .body("data.imposer.measuresImposed.kind", contains("IMPORT_BAN", "MILITARY", "OTHER"))
                .body("data.imposer.measuresImposed.target.name", everyItem(equalTo("Kazakhstan")))
                .body("data.imposer.measuresReceived", hasSize(0))
                .body("data.target.measuresReceived.imposer.name", everyItem(equalTo("Russia")))
                .body("data.target.measuresImposed", hasSize(0));
    }

    @Test
    void everyMeasureHasEvidence() {
        GraphQL.query(MEASURES, Map.of("first", 100))
                .body("data.punitiveMeasures.nodes.collect { it.evidence.size() }",
                        everyItem(greaterThanOrEqualTo(1)));
    }

    @Test
    void invalidKindIsAValidationError() {
        GraphQL.query(MEASURES, Map.of("kind", "EMBARGO"))
                .body("data", nullValue())
                .body("errors[0].message", containsString("EMBARGO"));
    }
}
