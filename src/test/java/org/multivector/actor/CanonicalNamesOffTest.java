package org.multivector.actor;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.multivector.support.ChangeLogFollowers;
import org.multivector.support.GraphQL;
import org.multivector.support.Names;
import org.multivector.support.WritableDatabaseProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** With {@code multivector.actor-names.cached=0} every lookup by name reads the names' index. */
@QuarkusTest
@TestProfile(CanonicalNamesOffTest.NoNamesRemembered.class)
class CanonicalNamesOffTest {

    public static class NoNamesRemembered extends WritableDatabaseProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("multivector.actor-names.cached", "0");
            return overrides;
        }
    }

    @Inject
    SessionFactory sessionFactory;

    @Test
    void everyLookupByNameReadsTheName() {
        String name = Names.unique("Forgetton");
        String id = GraphQL.asEditor(CanonicalNamesTest.ADD_ACTOR,
                Map.of("input", Map.of("name", name, "kind", "CITY"))).body("errors", nullValue())
                .extract().path("data.addActor.id");
        ChangeLogFollowers.caughtUp();
        assertEquals(id, idNamed(name));
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        assertEquals(id, idNamed(name));
        assertEquals(1, statistics.getPrepareStatementCount(), "the name, from the names' index");
        assertEquals(1, statistics.getSecondLevelCacheHitCount(), "the actor, from the cache");
    }

    private static String idNamed(String name) {
        return GraphQL.query(CanonicalNamesTest.ACTOR_BY_NAME, Map.of("name", name)).body("errors", nullValue())
                .extract().path("data.actor.id");
    }
}
