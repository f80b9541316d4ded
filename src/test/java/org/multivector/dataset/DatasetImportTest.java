package org.multivector.dataset;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.multivector.support.Datasets;
import org.multivector.support.GraphQL;
import org.multivector.support.IsolatedDatabaseProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Datasets in the import format land whole and are found by every read. */
@QuarkusTest
@TestProfile(IsolatedDatabaseProfile.class)
class DatasetImportTest {

    @Inject
    DatasetImporter importer;

    @Test
    void aYamlDatasetWithTwoSourcesAndExplicitStartsIsImported() {
        ImportReport report = importer.importDataset(Datasets.yaml("""
                sources:
                  - key: first
                    title: Dispatch one
                    text: "Freedonia declined to join the Sylvanian Pact. Freedonia declined again."
                  - key: second
                    title: Dispatch two
                    publisher: Wire
                    text: "Sylvania banned Freedonian cheese, citing hygiene."
                actors:
                  - { name: Freedonia, kind: STATE, aliases: [Republic of Freedonia] }
                  - { name: Sylvania, kind: STATE }
                  - { name: Sylvanian Pact, kind: ORGANISATION, aliases: [SP] }
                memberships:
                  - member: freedonia
                    organisation: sp
                    status: DECLINED
                    since: "2024-10"
                    evidence:
                      - { source: first, quote: "Freedonia declined", start: 47 }
                punitiveMeasures:
                  - imposer: Sylvania
                    target: Republic of Freedonia
                    kind: IMPORT_BAN
                    status: IMPOSED
                    summary: Sylvania banned Freedonian cheese.
                    statedReason: hygiene
                    date: "2024"
                    evidence: [{ source: Dispatch two, quote: "Sylvania banned Freedonian cheese" }]
                """));
        assertEquals("2 sources, 3 actors, 1 memberships, 1 punitiveMeasures (2 quotes); 0 entries refused",
                report.toString());

        GraphQL.query("""
                query Imported($member: String!) {
                  memberships(member: $member) {
                    nodes { status since organisation { name aliases } evidence { quote start end source { title } } }
                  }
                  punitiveMeasures(target: $member) { nodes { date statedReason evidence { start source { publisher } } } }
                }
                """, Map.of("member", "FREEDONIA"))
                .body("errors", nullValue())
                .body("data.memberships.nodes[0].status", equalTo("DECLINED"))
                .body("data.memberships.nodes[0].since", equalTo("2024-10"))
                .body("data.memberships.nodes[0].organisation.aliases", contains("SP"))
                .body("data.memberships.nodes[0].evidence[0].start", equalTo(47))
                .body("data.memberships.nodes[0].evidence[0].end", equalTo(65))
                .body("data.memberships.nodes[0].evidence[0].source.title", equalTo("Dispatch one"))
                .body("data.punitiveMeasures.nodes[0].date", equalTo("2024"))
                .body("data.punitiveMeasures.nodes[0].evidence[0].start", equalTo(0))
                .body("data.punitiveMeasures.nodes[0].evidence[0].source.publisher", equalTo("Wire"));
    }

    @Test
    void aJsonDatasetIsImportedAndFoundBySearch() {
        importer.importDataset(Datasets.json("""
                {
                  "sources": [{ "title": "Dispatch three", "text": "Grand Fenwick is the capital of nothing; Tomainia leads it." }],
                  "actors": [
                    { "name": "Grand Fenwick", "kind": "CITY" },
                    { "name": "Tomainia", "kind": "STATE", "description": "A fictional dictatorship." }
                  ],
                  "relations": [
                    { "subject": "Tomainia", "type": "leader of", "object": "Grand Fenwick",
                      "evidence": ["Tomainia leads it"] }
                  ]
                }
                """));
        GraphQL.query("""
                query Find($text: String!) { search(text: $text) { __typename ... on Actor { name } ... on Relation { type } } }
                """, Map.of("text", "tomainia"))
                .body("data.search[0].name", equalTo("Tomainia"))
                .body("data.search[1].type", equalTo("LEADER_OF"));
    }
}
