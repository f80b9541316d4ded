package org.multivector.dataset;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.multivector.actor.Actor;
import org.multivector.actor.ActorKind;
import org.multivector.actor.ActorName;
import org.multivector.bench.TierGenerator;
import org.multivector.dataset.ImportReport.Refusal;
import org.multivector.errors.ApiException;
import org.multivector.persistence.ChangeAuthor;
import org.multivector.relation.Relation;
import org.multivector.source.Source;
import org.multivector.support.Datasets;
import org.multivector.support.GraphQL;
import org.multivector.support.TestDatabases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The bulk import loads what it can and refuses the rest entry by entry, with line numbers.
 * Chunks of three entries here, so that refusals fall inside, at the end of and across chunks, and
 * mentions written a hundred at a time, so that a window spans batches of sources.
 */
@QuarkusTest
@TestProfile(BulkImportTest.ChunksOfThree.class)
class BulkImportTest {

    public static class ChunksOfThree implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", TestDatabases.url("bulk"),
                    "multivector.seed.enabled", "false",
                    "multivector.import.chunk-size", "3",
                    "multivector.import.mentions-per-transaction", "100",
                    // the index's follower reads records by id too, which the statement counts must not see
                    "multivector.search.follow-writes", "false");
        }
    }

    /** How the chunks look up the names their entries mention. */
    private static final String NAME_LOOKUP = "select n.nameKey, n.actorId from ActorName n where n.nameKey in ?1";

    @Inject
    BulkImporter importer;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void refusedEntriesAreReportedByLineAndEverythingElseIsLoaded() {
        ImportReport report = importer.importFile(Datasets.yaml("""
                sources:
                  - key: wire
                    title: Ring wire
                    text: "Alpha joined the Ring. Beta joined the Ring. Gamma joined the Ring. Delta joined the Ring."
                actors:
                  - { name: Alpha, kind: STATE }
                  - { name: Beta, kind: STATE }
                  - { name: ALPHA, kind: STATE }
                  - { name: Gamma, kind: EMPIRE }
                  - { name: Delta, kind: STATE }
                  - { name: Ring, kind: ORGANISATION }
                  - { name: Epsilon, kind: STATE, aliases: [beta] }
                memberships:
                  - { member: Alpha, organisation: Ring, status: MEMBER, evidence: [{ source: wire, quote: "Alpha joined the Ring." }] }
                  - { member: Gamma, organisation: Ring, status: MEMBER, evidence: [{ source: wire, quote: "Gamma joined the Ring." }] }
                  - { member: Beta, organisation: Ring, status: MEMBER, evidence: [{ source: wire, quote: "Beta left the Ring." }] }
                  - { member: Delta, organisation: Ring, status: MEMBER, evidence: [{ source: wire, quote: "Delta joined the Ring." }] }
                """));

        assertEquals(1, report.loaded(DatasetSection.SOURCES));
        assertEquals(4, report.loaded(DatasetSection.ACTORS));
        assertEquals(2, report.loaded(DatasetSection.MEMBERSHIPS));
        assertEquals(2, report.quotes());
        assertFalse(report.complete());
        List<Refusal> refusals = report.refusals().stream()
                .sorted((a, b) -> Integer.compare(a.line(), b.line()))
                .toList();
        assertEquals(List.of(8, 9, 12, 15, 16), refusals.stream().map(Refusal::line).toList(), report.describe());
        assertEquals("line 8: actors[2].name: 'ALPHA' is already a name of the actor 'Alpha'", refusals.get(0).problem());
        assertTrue(refusals.get(1).problem().startsWith("line 9: actors[3].kind: 'EMPIRE' is not one of STATE"),
                refusals.get(1).problem());
        assertEquals("line 12: actors[6].aliases[0]: 'beta' is already a name of the actor 'Beta'",
                refusals.get(2).problem());
        assertEquals("line 15: memberships[1].member: no actor is named 'Gamma'", refusals.get(3).problem());
        assertTrue(refusals.get(4).problem().startsWith("line 16: memberships[2].evidence[0]: the quote is not a "
                + "verbatim passage of source 'Ring wire'"), refusals.get(4).problem());

        GraphQL.query("""
                query Ring($ring: String!, $refused: String!) {
                  memberships(organisation: $ring) { totalCount nodes { member { name } } }
                  refused: actor(name: $refused) { id }
                }
                """, Map.of("ring", "ring", "refused", "Epsilon"))
                .body("errors", nullValue())
                .body("data.memberships.totalCount", equalTo(2))
                .body("data.memberships.nodes.member.name", equalTo(List.of("Alpha", "Delta")))
                .body("data.refused", nullValue());
    }

    @Test
    void aGeneratedTierLoadsWhole() throws Exception {
        TierGenerator tier = new TierGenerator(300);
        tier.generate();
        Path file = Files.createTempFile("tier", ".json");
        tier.write(file);

        ImportReport report = importer.importFile(new DatasetReader(file.toString()));

        assertTrue(report.complete(), report.describe());
        assertEquals(300, report.loaded(DatasetSection.ACTORS));
        assertEquals(6, report.loaded(DatasetSection.SOURCES));
        assertEquals(tier.memberships(), report.loaded(DatasetSection.MEMBERSHIPS));
        assertEquals(tier.measures(), report.loaded(DatasetSection.PUNITIVE_MEASURES));
        assertEquals(tier.relations(), report.loaded(DatasetSection.RELATIONS));
        assertEquals(tier.memberships() + tier.measures() + tier.relations(), report.quotes());
        String lookup = tier.lookupNames().get(0);
        GraphQL.query("""
                query Lookup($name: String!) {
                  actor(name: $name) { memberships { status organisation { name } evidence { quote start end } } }
                }
                """, Map.of("name", lookup))
                .body("errors", nullValue())
                .body("data.actor.memberships.size()", greaterThan(0));
        Files.delete(file);
        Files.delete(file.resolveSibling(file.getFileName().toString().replace(".json", ".names")));
    }

    @Test
    void namesTheImportWroteAreNotLookedUpAgainByItsLaterChunks() {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        ImportReport report = importer.importFile(Datasets.yaml("""
                sources:
                  - { key: pact, title: Pact, text: "Rigel joined the Pact. Deneb joined the Pact." }
                actors:
                  - { name: Rigel, kind: STATE }
                  - { name: Deneb, kind: STATE }
                  - { name: Pact, kind: ORGANISATION }
                memberships:
                  - { member: Rigel, organisation: Pact, status: MEMBER, evidence: [{ source: pact, quote: "Rigel joined the Pact." }] }
                  - { member: Deneb, organisation: Pact, status: MEMBER, evidence: [{ source: pact, quote: "Deneb joined the Pact." }] }
                  - { member: Polaris, organisation: Pact, status: MEMBER, evidence: [{ source: pact, quote: "Deneb joined the Pact." }] }
                """));

        assertEquals(2, report.loaded(DatasetSection.MEMBERSHIPS), report.describe());
        assertEquals(List.of("line 10: memberships[2].member: no actor is named 'Polaris'"),
                report.refusals().stream().map(Refusal::problem).toList());
        // the actors' chunk looks up its new names and the memberships' chunk Polaris, which no chunk wrote;
        // written again without Polaris, the memberships' chunk has nothing to look up (each chunk did, before)
        assertEquals(2, statistics.getQueryStatistics(NAME_LOOKUP).getExecutionCount());
        GraphQL.query("""
                query Pact($pact: String!) { memberships(organisation: $pact) { nodes { member { name } } } }
                """, Map.of("pact", "Pact"))
                .body("errors", nullValue())
                .body("data.memberships.nodes.member.name", equalTo(List.of("Rigel", "Deneb")));
    }

    @Test
    void theRevisionStatesOfAChunkAreDescribedFromWhatItHoldsNotReadBack() {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        ImportReport report = importer.importFile(Datasets.yaml("""
                sources:
                  - { key: plough, title: Plough, text: "Alcor faces Mizar. The Ursa Council sits in Alcor." }
                actors:
                  - { name: Alcor, kind: STATE }
                  - { name: Mizar, kind: STATE }
                  - { name: Plough Union, kind: ORGANISATION }
                  - { name: Ursa Council, kind: GOVERNMENT_BODY }
                relations:
                  - { subject: Alcor, type: neighbour of, object: Mizar, evidence: [{ source: plough, quote: "Alcor faces Mizar." }] }
                  - { subject: Ursa Council, type: part of, object: Alcor, evidence: [{ source: plough, quote: "The Ursa Council sits in Alcor." }] }
                """));

        assertEquals(4, report.loaded(DatasetSection.ACTORS), report.describe());
        assertEquals(2, report.loaded(DatasetSection.RELATIONS), report.describe());
        // the revisions hold every actor and relation, described from the chunk's session
        for (Class<?> written : List.of(Actor.class, Relation.class)) {
            List<String> readsById = Arrays.stream(statistics.getQueries())
                    .filter(query -> query.startsWith("from " + written.getSimpleName() + " where id"))
                    .filter(query -> statistics.getQueryStatistics(query).getExecutionCount() > 0).toList();
            assertEquals(List.of(), readsById, written.getSimpleName());
            assertEquals(0, statistics.getEntityStatistics(written.getName()).getLoadCount(), written.getSimpleName());
        }
    }

    @Test
    void aNameWhoseHolderWasDeletedSinceTheLookupSendsTheChunkBackNotRefused() {
        DatasetEntry pollux = new DatasetEntry(DatasetSection.ACTORS, 0, 1,
                new Dataset.ActorEntry("Pollux", ActorKind.STATE, List.of(), null), null);
        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    // remembered from an earlier chunk, its actor deleted since by another writer
                    ChunkStore store = ChunkStore.forEntries(List.of(pollux), Map.of("pollux", 987_654_321L));
                    Actor newcomer = new Actor();
                    newcomer.id = 987_654_322L;
                    store.addName(ActorName.of(newcomer, "Pollux", true), "actors[0].name");
                }));

        // an ApiException would refuse the entry; anything else makes the import try the chunk again
        assertFalse(failure instanceof ApiException, failure.toString());
        assertEquals("'Pollux' (actors[0].name) is no longer a name of the actor the chunk found it on",
                failure.getMessage());
    }

    @Test
    void theNamesAChunkWroteAreForgottenOnceAnotherAuthorWrites() {
        String importer = ChangeAuthor.importOf("castor.yaml");
        WrittenNames names = new WrittenNames(importer);
        QuarkusTransaction.requiringNew().call(names::stillValid);
        names.addAll(Map.of("castor", 7L));

        writeSource(importer, "Castor's own chronicle");
        assertEquals(Map.of("castor", 7L), Map.copyOf(QuarkusTransaction.requiringNew().call(names::stillValid)),
                "a revision of the import itself");
        writeSource(ChangeAuthor.EDITOR, "Castor renamed, by an editor");
        assertEquals(Map.of(), Map.copyOf(QuarkusTransaction.requiringNew().call(names::stillValid)),
                "a revision by another author: Castor may have been renamed or deleted");
    }

    private static void writeSource(String author, String title) {
        try (ChangeAuthor.Scope scope = ChangeAuthor.as(author)) {
            QuarkusTransaction.requiringNew().run(() -> Source.create(title, null, null, "A chronicle.").persist());
        }
    }

    @Test
    void theImportStoresCertaintiesAndFindsTheMentionsOfWhatItWrote() {
        ImportReport earlier = importer.importFile(Datasets.yaml("""
                sources:
                  - { key: old, title: Old chronicle, text: "Lyra quarrelled with Vega. Nobody else did." }
                """));
        assertTrue(earlier.complete(), earlier.describe());
        ImportReport report = importer.importFile(Datasets.yaml("""
                sources:
                  - { key: new, title: New chronicle, text: "Observers say Vega leads Lyra. Vega denies it." }
                actors:
                  - { name: Lyra, kind: STATE }
                  - { name: Vega, kind: STATE, aliases: [Vegan Republic] }
                relations:
                  - { subject: Vega, type: LEADER_OF, object: Lyra, certainty: REPORTED, attributedTo: Observers,
                      evidence: [{ source: new, quote: "Observers say Vega leads Lyra." }] }
                """));
        assertTrue(report.complete(), report.describe());

        GraphQL.query("""
                query Chronicle($name: String!) {
                  actor(name: $name) { mentions { totalCount nodes { quote source { title } } } }
                  relations(subject: $name) { nodes { certainty attributedTo } }
                }
                """, Map.of("name", "Vega"))
                .body("errors", nullValue())
                .body("data.actor.mentions.nodes.quote", equalTo(List.of("Lyra quarrelled with Vega.",
                        "Observers say Vega leads Lyra.", "Vega denies it.")))
                .body("data.actor.mentions.nodes.source.title", equalTo(List.of("Old chronicle", "New chronicle",
                        "New chronicle")))
                .body("data.relations.nodes[0].certainty", equalTo("REPORTED"))
                .body("data.relations.nodes[0].attributedTo", equalTo("Observers"));
    }

    @Test
    void mentionsWrittenInWindowsComeInTheOrderOfTheirSources() {
        // 45 sources, read 20 at a time, each naming two actors twice: windows of sources 1-40 (80 mentions
        // were not yet 100 after the first batch) and 41-45
        StringBuilder dataset = new StringBuilder("sources:\n");
        for (int number = 1; number <= 45; number++) {
            dataset.append("  - { key: annal-").append(number).append(", title: Annal ").append(number)
                    .append(", text: \"Orion met Carina. Carina left. Orion stayed ").append(number).append(".\" }\n");
        }
        dataset.append("""
                actors:
                  - { name: Carina, kind: STATE }
                  - { name: Orion, kind: STATE }
                """);
        ImportReport report = importer.importFile(Datasets.yaml(dataset.toString()));
        assertTrue(report.complete(), report.describe());

        // each actor is named twice in each source
        List<String> titles = new ArrayList<>();
        List<String> orionQuotes = new ArrayList<>();
        List<String> carinaQuotes = new ArrayList<>();
        for (int number = 1; number <= 45; number++) {
            titles.addAll(List.of("Annal " + number, "Annal " + number));
            orionQuotes.addAll(List.of("Orion met Carina.", "Orion stayed " + number + "."));
            carinaQuotes.addAll(List.of("Orion met Carina.", "Carina left."));
        }
        String mentions = """
                query Mentions($name: String!) {
                  actor(name: $name) { mentions(first: 100) { totalCount nodes { quote source { title } } } }
                }
                """;
        GraphQL.query(mentions, Map.of("name", "Orion"))
                .body("errors", nullValue())
                .body("data.actor.mentions.totalCount", equalTo(90))
                .body("data.actor.mentions.nodes.quote", equalTo(orionQuotes))
                .body("data.actor.mentions.nodes.source.title", equalTo(titles));
        GraphQL.query(mentions, Map.of("name", "Carina"))
                .body("errors", nullValue())
                .body("data.actor.mentions.totalCount", equalTo(90))
                .body("data.actor.mentions.nodes.quote", equalTo(carinaQuotes))
                .body("data.actor.mentions.nodes.source.title", equalTo(titles));
    }

    @Test
    void aFileThatBreaksOffIsLoadedUpToThePlaceAndTheStopNamesIt() {
        ImportReport report = importer.importFile(Datasets.yaml("""
                actors:
                  - { name: Zeta, kind: STATE }
                  - { name: Eta, kind: STATE }
                  - { name: Theta, kind: STATE
                  - { name: Iota, kind: STATE }
                """));

        assertEquals(2, report.loaded(DatasetSection.ACTORS), report.describe());
        assertTrue(report.stop().orElseThrow().contains("line 5"), report.describe());
        GraphQL.query("""
                query Loaded($name: String!) { actor(name: $name) { kind } }
                """, Map.of("name", "eta"))
                .body("data.actor.kind", equalTo("STATE"));
    }
}
