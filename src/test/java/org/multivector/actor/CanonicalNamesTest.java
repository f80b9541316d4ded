package org.multivector.actor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.multivector.support.ChangeLogFollowers;
import org.multivector.support.GraphQL;
import org.multivector.support.Names;
import org.multivector.support.OtherInstance;
import org.multivector.support.WritableDatabaseProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * {@code actor(name:)} remembers which actor a canonical name found and reads no name for it
 * again while that actor still has the name; every other answer comes from the names' index.
 */
@QuarkusTest
@TestProfile(WritableDatabaseProfile.class)
class CanonicalNamesTest {

    static final String ADD_ACTOR = "mutation AddActor($input: ActorInput!) { addActor(input: $input) { id } }";
    static final String UPDATE_ACTOR = """
            mutation UpdateActor($id: ID!, $input: ActorInput!) { updateActor(id: $id, input: $input) { id } }
            """;
    static final String DELETE_ACTOR = "mutation DeleteActor($id: ID!) { deleteActor(id: $id) }";
    static final String ACTOR_BY_NAME = "query ActorByName($name: String!) { actor(name: $name) { id name } }";
    static final String MEMBERSHIPS_OF = """
            query MembershipsOf($member: String!) { memberships(member: $member) { nodes { status } } }
            """;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    DataSource dataSource;

    @Test
    void aCanonicalNameFoundBeforeReadsNoName() {
        String name = Names.unique("Rememberton");
        String id = addCity(name, List.of());
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        assertEquals(id, idNamed(name.toUpperCase(Locale.ROOT)));
        long first = statistics.getPrepareStatementCount();
        statistics.clear();
        assertEquals(id, idNamed(" " + name.toLowerCase(Locale.ROOT)));
        assertEquals(0, statistics.getPrepareStatementCount(), "no statement: the name remembered (first: " + first + ")");
        assertEquals(1, statistics.getSecondLevelCacheHitCount(), "the actor, from the cache");
    }

    @Test
    void anAliasIsLookedUpEachTime() {
        String name = Names.unique("Aliasham");
        String alias = Names.unique("Old Aliasham");
        String id = addCity(name, List.of(alias));
        assertEquals(id, idNamed(alias));
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        assertEquals(id, idNamed(alias));
        assertEquals(1, statistics.getPrepareStatementCount(), "the alias, from the names' index");
        assertEquals(1, statistics.getSecondLevelCacheHitCount(), "the actor, from the cache");
    }

    @Test
    void aNameRenamedAwayFindsTheActorThatHasItNow() {
        String name = Names.unique("Movedon");
        String first = addCity(name, List.of());
        assertEquals(first, idNamed(name));
        String renamed = Names.unique("Stayedon");
        updateCity(first, renamed, List.of());
        assertNull(idNamed(name), "the old name answers no more");
        String second = addCity(name, List.of());
        assertEquals(second, idNamed(name), "the actor that has the name now");
        assertEquals(first, idNamed(renamed));
    }

    @Test
    void aCanonicalNameMadeAnAliasIsLookedUpAsAnAlias() {
        String name = Names.unique("Swapford");
        String id = addCity(name, List.of());
        assertEquals(id, idNamed(name));
        String canonical = Names.unique("New Swapford");
        updateCity(id, canonical, List.of(name));
        ChangeLogFollowers.caughtUp();
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        assertEquals(canonical, GraphQL.query(ACTOR_BY_NAME, Map.of("name", name)).body("errors", nullValue())
                .extract().path("data.actor.name"), "found by its alias, with its new name");
        assertEquals(1, statistics.getPrepareStatementCount(), "the alias, from the names' index, not remembered");
    }

    @Test
    void aDeletedActorsNameFindsNoActorThenTheNextOneGivenIt() {
        String name = Names.unique("Gonebury");
        String deleted = addCity(name, List.of());
        assertEquals(deleted, idNamed(name));
        GraphQL.asEditor(DELETE_ACTOR, Map.of("id", deleted)).body("errors", nullValue());
        assertNull(idNamed(name));
        String next = addCity(name, List.of());
        assertEquals(next, idNamed(name));
    }

    @Test
    void aFilterByARememberedNameReadsNoName() {
        String name = Names.unique("Filterham");
        String alias = Names.unique("Old Filterham");
        addCity(name, List.of(alias));
        // the first filter by the canonical name remembers it
        assertEquals(List.of(), membershipsOf(alias));
        assertEquals(List.of(), membershipsOf(name));
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        membershipsOf(alias);
        long byAlias = statistics.getPrepareStatementCount();
        statistics.clear();
        membershipsOf(name);
        assertEquals(byAlias - 1, statistics.getPrepareStatementCount(), "the alias's statement, left out");
    }

    @Test
    void aFilterByANameRenamedAwayIsRefused() {
        String name = Names.unique("Refusedham");
        String id = addCity(name, List.of());
        assertEquals(id, idNamed(name));
        updateCity(id, Names.unique("Acceptedham"), List.of());
        GraphQL.query(MEMBERSHIPS_OF, Map.of("member", name))
                .body("errors[0].message", containsString("No actor is named '" + name + "'"));
    }

    /**
     * The cost, as the README states it: another instance's rename leaves the old name finding the
     * actor until the change log names the write, as the actor's cached fields are until then.
     */
    @Test
    void anotherInstancesRenameLeavesTheOldNameUntilTheChangeLogNamesIt() throws Exception {
        String before = Names.unique("Farbury");
        String id = addCity(before, List.of());
        assertEquals(id, idNamed(before));
        String after = Names.unique("Nearbury");
        OtherInstance.renameActorRow(dataSource, id, after);
        OtherInstance.renameCanonicalName(dataSource, id, after);
        assertEquals(id, idNamed(after), "the new name, from the names' index");
        assertEquals(id, idNamed(before), "the old one, remembered and confirmed by the cached actor");
        OtherInstance.logActorChange(dataSource, id);
        ChangeLogFollowers.followedWithin10s(() -> assertNull(idNamed(before),
                "no more within 10 s of the change log naming it (it is polled every second)"));
    }

    /** A new city; the followers' reading of it (the search index's) is over, so that no count includes it. */
    private static String addCity(String name, List<String> aliases) {
        String id = GraphQL.asEditor(ADD_ACTOR, Map.of("input",
                Map.of("name", name, "kind", "CITY", "aliases", aliases))).body("errors", nullValue())
                .extract().path("data.addActor.id");
        ChangeLogFollowers.caughtUp();
        return id;
    }

    private static void updateCity(String id, String name, List<String> aliases) {
        GraphQL.asEditor(UPDATE_ACTOR, Map.of("id", id, "input",
                Map.of("name", name, "kind", "CITY", "aliases", aliases))).body("errors", nullValue());
    }

    private static String idNamed(String name) {
        return GraphQL.query(ACTOR_BY_NAME, Map.of("name", name)).body("errors", nullValue())
                .extract().path("data.actor.id");
    }

    private static List<String> membershipsOf(String member) {
        return GraphQL.query(MEMBERSHIPS_OF, Map.of("member", member)).body("errors", nullValue())
                .extract().path("data.memberships.nodes.status");
    }
}
