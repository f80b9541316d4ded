package org.multivector.write;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.multivector.support.GraphQL;
import org.multivector.support.WritableDatabaseProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Editors add, change and delete sources, actors and evidenced facts; reads and search see them. */
@QuarkusTest
@TestProfile(WritableDatabaseProfile.class)
class MutationTest {

    static final String ADD_SOURCE = """
            mutation AddSource($input: SourceInput!) { addSource(input: $input) { id title text } }
            """;
    static final String ADD_ACTOR = """
            mutation AddActor($input: ActorInput!) { addActor(input: $input) { id name kind aliases description } }
            """;
    static final String ADD_MEMBERSHIP = """
            mutation AddMembership($input: MembershipInput!) {
              addMembership(input: $input) {
                id status since until member { name } organisation { name }
                evidence { quote start end source { id } }
              }
            }
            """;
    static final String UPDATE_MEMBERSHIP = """
            mutation UpdateMembership($id: ID!, $input: MembershipInput!) {
              updateMembership(id: $id, input: $input) { id status since evidence { quote start } }
            }
            """;
    static final String MEMBERSHIPS_OF = """
            query MembershipsOf($member: String!) {
              memberships(member: $member) { totalCount nodes { id status since evidence { quote start } } }
            }
            """;
    static final String ADD_EVENT = """
            mutation AddEvent($input: EventInput!) {
              addEvent(input: $input) { id name kind date place { name } participants { name } evidence { quote } }
            }
            """;
    static final String ADD_MEASURE = """
            mutation AddMeasure($input: PunitiveMeasureInput!) {
              addPunitiveMeasure(input: $input) {
                id kind status summary scope statedReason assessedMotive date
                imposer { name } target { name } trigger { name } evidence { quote start end }
              }
            }
            """;
    static final String ADD_RELATION = """
            mutation AddRelation($input: RelationInput!) {
              addRelation(input: $input) { id type subject { name } object { name } evidence { quote } }
            }
            """;
    static final String RENAME_BETWEEN_READS = """
            mutation RenameBetweenReads($membership: ID!, $membershipInput: MembershipInput!, $actor: ID!,
                $actorInput: ActorInput!) {
              before: updateMembership(id: $membership, input: $membershipInput) { member { name } }
              rename: updateActor(id: $actor, input: $actorInput) { name }
              after: updateMembership(id: $membership, input: $membershipInput) { member { name } }
            }
            """;

    /** A source and two actors named after {@code tag}, so that no other test meets them. */
    record World(String tag, String sourceId, String state, String bloc) {
    }

    static World world(String text) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String state = "Statia " + tag;
        String bloc = "Bloc " + tag;
        String sourceId = GraphQL.asEditor(ADD_SOURCE, Map.of("input", Map.of(
                "title", "Dispatch " + tag, "text", text.replace("{state}", state).replace("{bloc}", bloc))))
                .body("errors", nullValue())
                .extract().path("data.addSource.id");
        GraphQL.asEditor(ADD_ACTOR, Map.of("input", Map.of("name", state, "kind", "STATE", "aliases", List.of("ST-" + tag))))
                .body("errors", nullValue());
        GraphQL.asEditor(ADD_ACTOR, Map.of("input", Map.of("name", bloc, "kind", "ORGANISATION")))
                .body("errors", nullValue());
        return new World(tag, sourceId, state, bloc);
    }

    static Map<String, Object> quote(String sourceId, String quote) {
        return Map.of("sourceId", sourceId, "quote", quote);
    }

    @Test
    void anEditorAddsASourceAndAnEvidencedMembershipThatEveryReadFinds() {
        World world = world("{state} joined {bloc} in 2024. Observers cheered.");
        GraphQL.asEditor(ADD_MEMBERSHIP, Map.of("input", Map.of(
                "member", world.state().toUpperCase(), "organisation", world.bloc(), "status", "MEMBER", "since", "2024",
                "evidence", List.of(quote(world.sourceId(), world.state() + " joined " + world.bloc())))))
                .body("errors", nullValue())
                .body("data.addMembership.member.name", equalTo(world.state()))
                .body("data.addMembership.since", equalTo("2024"))
                .body("data.addMembership.evidence[0].start", equalTo(0))
                .body("data.addMembership.evidence[0].end", equalTo((world.state() + " joined " + world.bloc()).length()))
                .body("data.addMembership.evidence[0].source.id", equalTo(world.sourceId()));

        GraphQL.query(MEMBERSHIPS_OF, Map.of("member", "st-" + world.tag()))
                .body("data.memberships.totalCount", equalTo(1));
        GraphQL.query("""
                query Search($text: String!) { search(text: $text) { __typename ... on Actor { name } } }
                """, Map.of("text", world.tag()))
                .body("data.search.name", hasItem(world.state()));
        GraphQL.query("""
                query Members($bloc: String!) { actor(name: $bloc) { members { member { name } } } }
                """, Map.of("bloc", world.bloc()))
                .body("data.actor.members.member.name", contains(world.state()));
    }

    @Test
    void aQuoteFoundTwiceIsTakenAtItsFirstOccurrenceUnlessStartIsGiven() {
        World world = world("{state} joined {bloc}. Later {state} joined {bloc} again.");
        String passage = world.state() + " joined " + world.bloc();
        int second = ("{state} joined {bloc}. Later ").replace("{state}", world.state()).replace("{bloc}", world.bloc())
                .length();
        GraphQL.asEditor(ADD_MEMBERSHIP, Map.of("input", Map.of(
                "member", world.state(), "organisation", world.bloc(), "status", "MEMBER",
                "evidence", List.of(quote(world.sourceId(), passage),
                        Map.of("sourceId", world.sourceId(), "quote", passage, "start", second)))))
                .body("errors", nullValue())
                .body("data.addMembership.evidence.start", contains(0, second));
    }

    @Test
    void anEventAndAMeasureItTriggeredAreAddedAndRead() {
        World world = world("{bloc} expelled {state} after the vote. {state} voted no.");
        String eventName = "The vote of " + world.tag();
        GraphQL.asEditor(ADD_EVENT, Map.of("input", Map.of(
                "name", eventName, "kind", "decision", "date", "2025-03-01", "participants", List.of(world.state()),
                "evidence", List.of(quote(world.sourceId(), world.state() + " voted no")))))
                .body("errors", nullValue())
                .body("data.addEvent.kind", equalTo("DECISION"))
                .body("data.addEvent.participants.name", contains(world.state()));
        GraphQL.asEditor(ADD_MEASURE, Map.of("input", Map.of(
                "imposer", world.bloc(), "target", world.state(), "kind", "DIPLOMATIC", "status", "IMPOSED",
                "summary", "The bloc expelled the state.", "statedReason", "the vote", "trigger", eventName,
                "date", "2025-03",
                "evidence", List.of(quote(world.sourceId(), world.bloc() + " expelled " + world.state())))))
                .body("errors", nullValue())
                .body("data.addPunitiveMeasure.trigger.name", equalTo(eventName))
                .body("data.addPunitiveMeasure.date", equalTo("2025-03"));
        GraphQL.query("""
                query Measures($target: String!) { punitiveMeasures(target: $target) { nodes { kind imposer { name } } } }
                """, Map.of("target", world.state()))
                .body("data.punitiveMeasures.nodes.kind", contains("DIPLOMATIC"));
    }

    @Test
    void anUpdateReplacesFieldsAndEvidenceAndAFailedUpdateChangesNothing() {
        World world = world("{state} applied to {bloc}. {state} became a member of {bloc}.");
        String id = GraphQL.asEditor(ADD_MEMBERSHIP, Map.of("input", Map.of(
                "member", world.state(), "organisation", world.bloc(), "status", "APPLICANT",
                "evidence", List.of(quote(world.sourceId(), world.state() + " applied")))))
                .extract().path("data.addMembership.id");
        GraphQL.asEditor(UPDATE_MEMBERSHIP, Map.of("id", id, "input", Map.of(
                "member", world.state(), "organisation", world.bloc(), "status", "MEMBER", "since", "2026-01",
                "evidence", List.of(quote(world.sourceId(), "became a member")))))
                .body("errors", nullValue())
                .body("data.updateMembership.status", equalTo("MEMBER"))
                .body("data.updateMembership.evidence.quote", contains("became a member"));

        GraphQL.asEditor(UPDATE_MEMBERSHIP, Map.of("id", id, "input", Map.of(
                "member", world.state(), "organisation", world.bloc(), "status", "OBSERVER",
                "evidence", List.of(quote(world.sourceId(), "became a member"), quote(world.sourceId(), "not in the text")))))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("input.evidence[1]: the quote is not a verbatim passage"));
        GraphQL.query(MEMBERSHIPS_OF, Map.of("member", world.state()))
                .body("data.memberships.nodes[0].status", equalTo("MEMBER"))
                .body("data.memberships.nodes[0].since", equalTo("2026-01"))
                .body("data.memberships.nodes[0].evidence.quote", contains("became a member"));
    }

    @Test
    void eventsAndMeasuresAreUpdatedAndDeleted() {
        World world = world("{bloc} fined {state}. {bloc} later banned {state}. The talks failed. The summit met.");
        String eventId = GraphQL.asEditor(ADD_EVENT, Map.of("input", Map.of("name", "Talks " + world.tag(), "kind", "SUMMIT",
                "evidence", List.of(quote(world.sourceId(), "The talks failed")))))
                .extract().path("data.addEvent.id");
        GraphQL.asEditor("""
                mutation Update($id: ID!, $input: EventInput!) {
                  updateEvent(id: $id, input: $input) { name kind date participants { name } evidence { quote } }
                }
                """, Map.of("id", eventId, "input", Map.of("name", "Summit " + world.tag(), "kind", "summit", "date", "2025",
                "participants", List.of(world.state(), world.bloc()),
                "evidence", List.of(quote(world.sourceId(), "The summit met")))))
                .body("errors", nullValue())
                .body("data.updateEvent.date", equalTo("2025"))
                .body("data.updateEvent.participants.name", contains(world.state(), world.bloc()))
                .body("data.updateEvent.evidence.quote", contains("The summit met"));

        String measureId = GraphQL.asEditor(ADD_MEASURE, Map.of("input", Map.of("imposer", world.bloc(), "target", world.state(),
                "kind", "SANCTION", "status", "THREATENED", "summary", "A fine.",
                "evidence", List.of(quote(world.sourceId(), "fined")))))
                .extract().path("data.addPunitiveMeasure.id");
        GraphQL.asEditor("""
                mutation Update($id: ID!, $input: PunitiveMeasureInput!) {
                  updatePunitiveMeasure(id: $id, input: $input) { kind status summary trigger { name } evidence { quote } }
                }
                """, Map.of("id", measureId, "input", Map.of("imposer", world.bloc(), "target", world.state(),
                "kind", "IMPORT_BAN", "status", "IMPOSED", "summary", "A ban.", "trigger", "Summit " + world.tag(),
                "evidence", List.of(quote(world.sourceId(), "banned")))))
                .body("errors", nullValue())
                .body("data.updatePunitiveMeasure.kind", equalTo("IMPORT_BAN"))
                .body("data.updatePunitiveMeasure.trigger.name", equalTo("Summit " + world.tag()))
                .body("data.updatePunitiveMeasure.evidence.quote", contains("banned"));

        GraphQL.asEditor("mutation Delete($id: ID!) { deletePunitiveMeasure(id: $id) }", Map.of("id", measureId))
                .body("data.deletePunitiveMeasure", equalTo(measureId));
        GraphQL.asEditor("mutation Delete($id: ID!) { deleteEvent(id: $id) }", Map.of("id", eventId))
                .body("data.deleteEvent", equalTo(eventId));
        GraphQL.query("""
                query Measures($target: String!) { punitiveMeasures(target: $target) { totalCount } }
                """, Map.of("target", world.state()))
                .body("data.punitiveMeasures.totalCount", equalTo(0));
    }

    @Test
    void relationsAreAddedUpdatedAndDeleted() {
        World world = world("{state} borders {bloc}. {state} leads {bloc}.");
        String id = GraphQL.asEditor(ADD_RELATION, Map.of("input", Map.of(
                "subject", world.state(), "type", "neighbour of", "object", world.bloc(),
                "evidence", List.of(quote(world.sourceId(), "borders")))))
                .body("data.addRelation.type", equalTo("NEIGHBOUR_OF"))
                .extract().path("data.addRelation.id");
        GraphQL.asEditor("""
                mutation Update($id: ID!, $input: RelationInput!) { updateRelation(id: $id, input: $input) { type evidence { quote } } }
                """, Map.of("id", id, "input", Map.of("subject", world.state(), "type", "LEADER_OF", "object", world.bloc(),
                "evidence", List.of(quote(world.sourceId(), "leads")))))
                .body("data.updateRelation.type", equalTo("LEADER_OF"))
                .body("data.updateRelation.evidence.quote", contains("leads"));
        GraphQL.asEditor("mutation Delete($id: ID!) { deleteRelation(id: $id) }", Map.of("id", id))
                .body("data.deleteRelation", equalTo(id));
        GraphQL.query("""
                query Relations($subject: String!) { relations(subject: $subject) { totalCount } }
                """, Map.of("subject", world.state()))
                .body("data.relations.totalCount", equalTo(0));
        GraphQL.asEditor("mutation Delete($id: ID!) { deleteRelation(id: $id) }", Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", equalTo("No relation has the id " + id));
    }

    @Test
    void actorsAreRenamedAndTheirAliasesManaged() {
        World world = world("{state} is small.");
        String id = GraphQL.query("query A($name: String!) { actor(name: $name) { id } }", Map.of("name", world.state()))
                .extract().path("data.actor.id");
        String renamed = "Renamed " + world.tag();
        GraphQL.asEditor("""
                mutation Update($id: ID!, $input: ActorInput!) { updateActor(id: $id, input: $input) { name kind aliases } }
                """, Map.of("id", id, "input", Map.of("name", renamed, "kind", "REGION", "aliases", List.of("RN-" + world.tag()))))
                .body("errors", nullValue())
                .body("data.updateActor.kind", equalTo("REGION"))
                .body("data.updateActor.aliases", contains("RN-" + world.tag()));
        GraphQL.query("query A($name: String!) { actor(name: $name) { id } }", Map.of("name", world.state()))
                .body("data.actor", nullValue());
        GraphQL.query("query A($name: String!) { actor(name: $name) { id } }", Map.of("name", "st-" + world.tag()))
                .body("data.actor", nullValue());

        GraphQL.asEditor("""
                mutation Alias($actor: String!, $alias: String!) { addAlias(actor: $actor, alias: $alias) { aliases } }
                """, Map.of("actor", renamed, "alias", "Second " + world.tag()))
                .body("data.addAlias.aliases", containsInAnyOrder("RN-" + world.tag(), "Second " + world.tag()));
        GraphQL.asEditor("""
                mutation Alias($actor: String!, $alias: String!) { addAlias(actor: $actor, alias: $alias) { aliases } }
                """, Map.of("actor", renamed, "alias", "csto"))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message",
                        equalTo("alias: 'csto' is already a name of the actor 'Collective Security Treaty Organisation'"));
        GraphQL.asEditor("""
                mutation Unalias($actor: String!, $alias: String!) { removeAlias(actor: $actor, alias: $alias) { aliases } }
                """, Map.of("actor", renamed, "alias", "rn-" + world.tag()))
                .body("data.removeAlias.aliases", contains("Second " + world.tag()));
        GraphQL.asEditor("""
                mutation Unalias($actor: String!, $alias: String!) { removeAlias(actor: $actor, alias: $alias) { aliases } }
                """, Map.of("actor", renamed, "alias", renamed))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void anActorInUseIsNotDeletedAndTheErrorNamesTheFacts() {
        World world = world("{state} joined {bloc}.");
        String membershipId = GraphQL.asEditor(ADD_MEMBERSHIP, Map.of("input", Map.of(
                "member", world.state(), "organisation", world.bloc(), "status", "MEMBER",
                "evidence", List.of(quote(world.sourceId(), "joined")))))
                .extract().path("data.addMembership.id");
        String stateId = GraphQL.query("query A($name: String!) { actor(name: $name) { id } }", Map.of("name", world.state()))
                .extract().path("data.actor.id");
        GraphQL.asEditor("mutation Delete($id: ID!) { deleteActor(id: $id) }", Map.of("id", stateId))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", equalTo("Actor '" + world.state() + "' is still used by memberships "
                        + membershipId + ": delete or change those first"));
        GraphQL.asEditor("mutation Delete($id: ID!) { deleteMembership(id: $id) }", Map.of("id", membershipId))
                .body("data.deleteMembership", equalTo(membershipId));
        GraphQL.asEditor("mutation Delete($id: ID!) { deleteActor(id: $id) }", Map.of("id", stateId))
                .body("data.deleteActor", equalTo(stateId));
        GraphQL.query("query A($name: String!) { actor(name: $name) { id } }", Map.of("name", "ST-" + world.tag()))
                .body("data.actor", nullValue());
    }

    @Test
    void aQuotedSourceAndATriggerEventAreNotDeleted() {
        World world = world("{bloc} fined {state} after the summit.");
        String eventId = GraphQL.asEditor(ADD_EVENT, Map.of("input", Map.of("name", "Summit " + world.tag(), "kind", "SUMMIT",
                "evidence", List.of(quote(world.sourceId(), "the summit")))))
                .extract().path("data.addEvent.id");
        String measureId = GraphQL.asEditor(ADD_MEASURE, Map.of("input", Map.of("imposer", world.bloc(), "target", world.state(),
                "kind", "SANCTION", "status", "IMPOSED", "summary", "A fine.", "trigger", "Summit " + world.tag(),
                "evidence", List.of(quote(world.sourceId(), "fined")))))
                .extract().path("data.addPunitiveMeasure.id");
        GraphQL.asEditor("mutation Delete($id: ID!) { deleteEvent(id: $id) }", Map.of("id", eventId))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", equalTo("Event " + eventId + " is the trigger of punitive measures "
                        + measureId + ": change those first"));
        GraphQL.asEditor("mutation Delete($id: ID!) { deleteSource(id: $id) }", Map.of("id", world.sourceId()))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", containsString("is quoted by 2 pieces of evidence"));

        String unquoted = GraphQL.asEditor(ADD_SOURCE, Map.of("input", Map.of("title", "Unquoted " + world.tag(), "text", "x")))
                .extract().path("data.addSource.id");
        GraphQL.asEditor("mutation Delete($id: ID!) { deleteSource(id: $id) }", Map.of("id", unquoted))
                .body("data.deleteSource", equalTo(unquoted));
    }

    @Test
    void invalidWritesSayWhatIsWrongAndWriteNothing() {
        World world = world("{state} joined {bloc}.");
        Map<String, Object> evidence = quote(world.sourceId(), "joined");
        record Case(Map<String, Object> input, String code, String message) {
        }
        List<Case> cases = List.of(
                new Case(Map.of("member", "Nowhere " + world.tag(), "organisation", world.bloc(), "status", "MEMBER",
                        "evidence", List.of(evidence)), "NOT_FOUND",
                        "input.member: no actor is named 'Nowhere " + world.tag() + "'"),
                new Case(Map.of("member", world.state(), "organisation", world.bloc(), "status", "MEMBER",
                        "since", "2024-13-01", "evidence", List.of(evidence)), "INVALID_ARGUMENT",
                        "input.since: '2024-13-01' is not a partial ISO date (2024, 2024-10 or 2024-10-23)"),
                new Case(Map.of("member", world.state(), "organisation", world.bloc(), "status", "MEMBER",
                        "since", "2025", "until", "2024", "evidence", List.of(evidence)), "INVALID_ARGUMENT",
                        "input.until: '2024' is before since '2025'"),
                new Case(Map.of("member", world.state(), "organisation", world.state(), "status", "MEMBER",
                        "evidence", List.of(evidence)), "INVALID_ARGUMENT",
                        "input: an actor cannot be a member of itself"),
                new Case(Map.of("member", world.state(), "organisation", world.bloc(), "status", "MEMBER",
                        "evidence", List.of()), "INVALID_ARGUMENT", "input.evidence: must not be empty"),
                new Case(Map.of("member", " ", "organisation", world.bloc(), "status", "MEMBER",
                        "evidence", List.of(evidence)), "INVALID_ARGUMENT", "input.member: must not be blank"),
                new Case(Map.of("member", world.state(), "organisation", world.bloc(), "status", "MEMBER",
                        "evidence", List.of(quote("999999", "joined"))), "NOT_FOUND",
                        "input.evidence[0].sourceId: no source has the id 999999"),
                new Case(Map.of("member", world.state(), "organisation", world.bloc(), "status", "MEMBER",
                        "evidence", List.of(quote("not-an-id", "joined"))), "INVALID_ARGUMENT",
                        "input.evidence[0].sourceId: 'not-an-id' is not an id of this service"));
        for (Case invalid : cases) {
            GraphQL.asEditor(ADD_MEMBERSHIP, Map.of("input", invalid.input()))
                    .body("data", nullValue())
                    .body("errors", hasSize(1))
                    .body("errors[0].extensions.code", equalTo(invalid.code()))
                    .body("errors[0].message", equalTo(invalid.message()));
        }
        GraphQL.query(MEMBERSHIPS_OF, Map.of("member", world.state()))
                .body("data.memberships.totalCount", equalTo(0));
    }

    @Test
    void namesAreUniqueAcrossNamesAndAliasesCaseInsensitively() {
        World world = world("{state}.");
        GraphQL.asEditor(ADD_ACTOR, Map.of("input", Map.of("name", "  " + world.state().toLowerCase() + " ", "kind", "CITY")))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", equalTo("input.name: '" + world.state().toLowerCase()
                        + "' is already a name of the actor '" + world.state() + "'"));
        GraphQL.asEditor(ADD_ACTOR, Map.of("input", Map.of("name", "Fresh " + world.tag(), "kind", "CITY",
                "aliases", List.of("st-" + world.tag()))))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        GraphQL.query("query A($name: String!) { actor(name: $name) { id } }", Map.of("name", "Fresh " + world.tag()))
                .body("data.actor", nullValue());
        GraphQL.asEditor(ADD_ACTOR, Map.of("input", Map.of("name", "x".repeat(256), "kind", "CITY")))
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", equalTo("input.name: size must be between 0 and 255"));
    }

    @Test
    void aMutationFieldReadsWhatAnEarlierFieldOfTheSameDocumentChanged() {
        World world = world("{state} joined {bloc}.");
        Map<String, Object> membership = Map.of("member", "ST-" + world.tag(), "organisation", world.bloc(),
                "status", "MEMBER", "evidence", List.of(quote(world.sourceId(), world.state() + " joined " + world.bloc())));
        String membershipId = GraphQL.asEditor(ADD_MEMBERSHIP, Map.of("input", membership))
                .body("errors", nullValue())
                .extract().path("data.addMembership.id");
        String stateId = GraphQL.query("query State($name: String!) { actor(name: $name) { id } }",
                Map.of("name", world.state()))
                .extract().path("data.actor.id");
        String renamed = world.state() + " Renamed";
        GraphQL.asEditor(RENAME_BETWEEN_READS, Map.of("membership", membershipId, "membershipInput", membership,
                "actor", stateId, "actorInput", Map.of("name", renamed, "kind", "STATE", "aliases", List.of("ST-" + world.tag()))))
                .body("errors", nullValue())
                .body("data.before.member.name", equalTo(world.state()))
                .body("data.after.member.name", equalTo(renamed));
    }
}
