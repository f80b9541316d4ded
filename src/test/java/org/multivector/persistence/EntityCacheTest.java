package org.multivector.persistence;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * Actors are kept in Hibernate's second-level cache: read by id once from the database, then from
 * the cache; a write through this service is seen at once, another instance's once
 * {@link EntityCacheFollower} reads it from the change log.
 */
@QuarkusTest
@TestProfile(WritableDatabaseProfile.class)
class EntityCacheTest {

    static final String ADD_ACTOR = "mutation AddActor($input: ActorInput!) { addActor(input: $input) { id } }";
    static final String UPDATE_ACTOR = """
            mutation UpdateActor($id: ID!, $input: ActorInput!) { updateActor(id: $id, input: $input) { id } }
            """;
    static final String ACTOR = "query Actor($id: ID!) { actor(id: $id) { name } }";
    static final String ACTOR_BY_NAME = "query ActorByName($name: String!) { actor(name: $name) { id name } }";

    @Inject
    SessionFactory sessionFactory;

    @Inject
    DataSource dataSource;

    @Test
    void anActorReadTwiceIsReadFromTheDatabaseOnce() {
        String name = Names.unique("Cachedton");
        String id = addCity(name);
        // the index re-reads the new city: none of its statements may be counted here
        ChangeLogFollowers.caughtUp();
        sessionFactory.getCache().evictAllRegions();
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        nameOf(id);
        long first = statistics.getPrepareStatementCount();
        nameOf(id);
        assertEquals(first, statistics.getPrepareStatementCount(), "no statement for the second read");
        assertEquals(1, statistics.getSecondLevelCacheHitCount(), "the second read, from the cache");
    }

    @Test
    void anActorLookedUpByNameIsReadFromTheCacheAfterItsName() {
        String name = Names.unique("Lookupton");
        String id = addCity(name);
        ChangeLogFollowers.caughtUp();
        sessionFactory.getCache().evictAllRegions();
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        assertEquals(id, idNamed(name.toUpperCase(Locale.ROOT)));
        assertEquals(2, statistics.getPrepareStatementCount(), "the name, then the actor");
        statistics.clear();
        assertEquals(id, idNamed(name));
        assertEquals(0, statistics.getPrepareStatementCount(), "the name remembered (CanonicalNamesTest)");
        assertEquals(1, statistics.getSecondLevelCacheHitCount(), "the actor, from the cache");
    }

    @Test
    void aRenameThroughTheServiceIsSeenAtOnceByName() {
        String before = Names.unique("Oldham");
        String id = addCity(before);
        assertEquals(id, idNamed(before));
        String after = Names.unique("Newham");
        GraphQL.asEditor(UPDATE_ACTOR, Map.of("id", id, "input", Map.of("name", after, "kind", "CITY")))
                .body("errors", nullValue());
        assertEquals(after, GraphQL.query(ACTOR_BY_NAME, Map.of("name", after)).body("errors", nullValue())
                .extract().path("data.actor.name"));
        assertNull(idNamed(before), "the old name answers no more");
    }

    @Test
    void aRenameThroughTheServiceIsSeenAtOnce() {
        String before = Names.unique("Oldtown");
        String id = addCity(before);
        assertEquals(before, nameOf(id));
        String after = Names.unique("Newtown");
        GraphQL.asEditor(UPDATE_ACTOR, Map.of("id", id, "input", Map.of("name", after, "kind", "CITY")))
                .body("errors", nullValue());
        assertEquals(after, nameOf(id));
    }

    @Test
    void aRenameChangesTheStoredActorNotTheCachedCopy() throws Exception {
        String cached = Names.unique("Cachedburg");
        String id = addCity(cached);
        assertEquals(cached, nameOf(id));
        // another instance renames it; the change log does not name the write yet
        String stored = Names.unique("Storedburg");
        OtherInstance.renameActorRow(dataSource, id, stored);
        // renaming it to the cached name must still write it: the write compares with the stored row
        GraphQL.asEditor(UPDATE_ACTOR, Map.of("id", id, "input", Map.of("name", cached, "kind", "CITY")))
                .body("errors", nullValue());
        assertEquals(cached, storedName(id));
    }

    @Test
    void anotherInstancesRenameIsSeenOnceTheChangeLogNamesIt() throws Exception {
        String before = Names.unique("Farville");
        String id = cachedCity(before);
        String after = Names.unique("Nearville");
        OtherInstance.renameActorRow(dataSource, id, after);
        assertEquals(before, nameOf(id), "read from the cache: the change log does not name the write yet");
        OtherInstance.logActorChange(dataSource, id);
        ChangeLogFollowers.followedWithin10s(() -> assertEquals(after, nameOf(id),
                "seen within 10 s of the change log naming it (it is polled every second)"));
    }

    /**
     * A known limit, as the README states it: a name this instance has not looked the actor up by is
     * current at once, the cached fields until the next poll (a name it has: CanonicalNamesTest).
     */
    @Test
    void anotherInstancesRenameFindsTheCachedActorByItsNewNameAtOnce() throws Exception {
        String before = Names.unique("Oldbury");
        String id = cachedCity(before);
        String after = Names.unique("Newbury");
        OtherInstance.renameActorRow(dataSource, id, after);
        OtherInstance.renameCanonicalName(dataSource, id, after);
        assertEquals(id, idNamed(after), "the name is looked up in the database");
        assertNull(idNamed(before), "and the old one no more");
        assertEquals(before, GraphQL.query(ACTOR_BY_NAME, Map.of("name", after)).body("errors", nullValue())
                .extract().path("data.actor.name"), "the actor itself, from the cache until the change log names it");
    }

    private static String addCity(String name) {
        return GraphQL.asEditor(ADD_ACTOR, Map.of("input", Map.of("name", name, "kind", "CITY")))
                .body("errors", nullValue())
                .extract().path("data.addActor.id");
    }

    /** A new city, read once so that it is cached; the follower's own poll of its creation is over. */
    private static String cachedCity(String name) {
        String id = addCity(name);
        ChangeLogFollowers.caughtUp();
        assertEquals(name, nameOf(id));
        return id;
    }

    private static String idNamed(String name) {
        return GraphQL.query(ACTOR_BY_NAME, Map.of("name", name)).body("errors", nullValue())
                .extract().path("data.actor.id");
    }

    private static String nameOf(String id) {
        return GraphQL.query(ACTOR, Map.of("id", id)).body("errors", nullValue()).extract().path("data.actor.name");
    }

    private String storedName(String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select name from actor where id = ?")) {
            select.setLong(1, Long.parseLong(id));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
