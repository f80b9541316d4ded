package org.multivector.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.multivector.actor.Actor;
import org.multivector.evidence.Evidence;
import org.multivector.membership.Membership;
import org.multivector.source.Source;
import org.multivector.support.Datasets;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Invalid datasets are refused whole, with the entry and the reason, and write nothing. */
@QuarkusTest
class DatasetRejectionTest {

    static final String SOURCE = """
            sources:
              - title: Test dispatch
                text: "Ruritania joined the Northern League in 2020. Later, Ruritania left it."
            """;

    @Inject
    DatasetImporter importer;

    @Test
    void aQuoteNotInTheSourceIsNamedAndNothingIsWritten() {
        String message = refused(SOURCE + """
                actors:
                  - { name: Ruritania, kind: STATE }
                  - { name: Northern League, kind: ORGANISATION }
                memberships:
                  - member: Ruritania
                    organisation: Northern League
                    status: MEMBER
                    evidence: ["Ruritania joined the Northern League in 2021"]
                """);
        assertTrue(message.contains("memberships[0].evidence[0]"), message);
        assertTrue(message.contains("\"Ruritania joined the Northern League in 2021\""), message);
        assertTrue(message.contains("not a verbatim passage of source 'Test dispatch'"), message);
    }

    @Test
    void aSourceWithoutTitleIsRefusedForItBeforeItsTextFileIsRead() {
        String message = refused("""
                sources:
                  - textFile: no-such-file.txt
                """);
        assertTrue(message.endsWith(": sources[0].title: a value is required"), message);
    }

    @Test
    void aSourceWithBothTextAndTextFileIsRefused() {
        String message = refused("""
                sources:
                  - { title: Both, text: "Some text.", textFile: no-such-file.txt }
                """);
        assertTrue(message.endsWith(": sources[0]: give exactly one of 'text' and 'textFile'"), message);
    }

    @Test
    void anUnknownCertaintyAndAnAssertedViewOfSomeoneAreRefusedByLine() {
        String unknown = refused(SOURCE + """
                actors:
                  - { name: Ruritania, kind: STATE }
                  - { name: Northern League, kind: ORGANISATION }
                memberships:
                  - { member: Ruritania, organisation: Northern League, status: MEMBER, certainty: PROBABLE,
                      evidence: ["Ruritania joined the Northern League in 2020"] }
                """);
        assertTrue(unknown.contains("line 8"), unknown);
        assertTrue(unknown.contains("'PROBABLE' is not one of ASSERTED, ASSESSED, REPORTED, HYPOTHETICAL"), unknown);
        String attributed = refused(SOURCE + """
                actors:
                  - { name: Ruritania, kind: STATE }
                  - { name: Northern League, kind: ORGANISATION }
                memberships:
                  - { member: Ruritania, organisation: Northern League, status: MEMBER, attributedTo: "its neighbours",
                      evidence: ["Ruritania joined the Northern League in 2020"] }
                """);
        assertTrue(attributed.endsWith(": line 8: memberships[0].attributedTo: an ASSERTED claim is the source's own;"
                + " a view it attributes to 'its neighbours' is REPORTED (or ASSESSED, HYPOTHETICAL)"), attributed);
    }

    @Test
    void anUnknownActorIsNamed() {
        String message = refused(SOURCE + """
                memberships:
                  - member: Ruritania
                    organisation: BRICS
                    status: MEMBER
                    evidence: ["Ruritania joined"]
                """);
        assertTrue(message.endsWith(": memberships[0].member: no actor is named 'Ruritania'"), message);
    }

    @Test
    void anInvalidPartialDateIsRefused() {
        String message = refused(SOURCE + """
                actors:
                  - { name: Ruritania, kind: STATE }
                memberships:
                  - { member: Ruritania, organisation: BRICS, status: MEMBER, since: "2020-13",
                      evidence: ["Ruritania joined"] }
                """);
        assertTrue(message.contains("memberships[0].since: '2020-13' is not a partial ISO date"), message);
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnesWithoutJavaNames() {
        String message = refused(SOURCE + """
                actors:
                  - name: Ruritania
                    kind: EMPIRE
                """);
        assertTrue(message.contains("line 6"), message);
        assertTrue(message.contains("actors[0].kind: 'EMPIRE' is not one of STATE, ORGANISATION"), message);
        assertFalse(message.contains("org.multivector"), message);
        assertFalse(message.contains("Exception"), message);
    }

    @Test
    void anUnknownFieldIsRefused() {
        String message = refused(SOURCE + """
                actors:
                  - { name: Ruritania, kind: STATE, colour: blue }
                """);
        assertTrue(message.contains("unknown field 'colour' in actors[0]"), message);
    }

    @Test
    void aNameThatExistsIsRefused() {
        String message = refused(SOURCE + """
                actors:
                  - { name: Ruritania, kind: STATE }
                  - { name: KAZAKHSTAN, kind: STATE }
                """);
        assertTrue(message.contains("actors[1].name: 'KAZAKHSTAN' is already a name of the actor 'Kazakhstan'"), message);
    }

    @Test
    void anAliasThatIsAnotherActorsNameIsRefused() {
        String message = refused(SOURCE + """
                actors:
                  - { name: Ruritania, kind: STATE, aliases: [CSTO] }
                """);
        assertTrue(message.contains("actors[0].aliases[0]: 'CSTO' is already a name of the actor 'Collective Security Treaty Organisation'"), message);
    }

    @Test
    void aFactWithoutEvidenceIsRefused() {
        String message = refused(SOURCE + """
                relations:
                  - { subject: Astana, type: CAPITAL_OF, object: Kazakhstan }
                """);
        assertTrue(message.contains("relations[0].evidence: every fact needs at least one quote"), message);
    }

    @Test
    void aStartThatDoesNotHoldTheQuoteIsRefused() {
        String message = refused(SOURCE + """
                relations:
                  - subject: Astana
                    type: CAPITAL_OF
                    object: Kazakhstan
                    evidence: [{ quote: "Ruritania", start: 3 }]
                """);
        assertTrue(message.contains("the quote does not occur at offset 3"), message);
    }

    @Test
    void malformedYamlNamesTheLine() {
        String message = refused("sources: [\n  - title: x\n");
        assertTrue(message.contains("line"), message);
    }

    private String refused(String document) {
        long[] before = counts();
        DatasetException refusal = assertThrows(DatasetException.class,
                () -> importer.importDataset(Datasets.yaml(document)));
        long[] after = counts();
        assertEquals(before[0], after[0], "no source written");
        assertEquals(before[1], after[1], "no actor written");
        assertEquals(before[2], after[2], "no membership written");
        assertEquals(before[3], after[3], "no evidence written");
        return refusal.getMessage();
    }

    private static long[] counts() {
        return QuarkusTransaction.requiringNew().call(
                () -> new long[] { Source.count(), Actor.count(), Membership.count(), Evidence.count() });
    }
}
