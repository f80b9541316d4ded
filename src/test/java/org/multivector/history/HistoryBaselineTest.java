package org.multivector.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.multivector.support.TestDatabases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** A database whose records were written before history was kept gets every record as created, by "baseline". */
@QuarkusTest
@TestProfile(HistoryBaselineTest.OwnDatabase.class)
class HistoryBaselineTest {

    /** A seeded database of its own, whose history the test removes. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", TestDatabases.url("baseline"));
        }
    }

    @Inject
    HistoryBaseline baseline;

    @Inject
    EntityManager entityManager;

    @Test
    void recordsWithoutHistoryAreRecordedAsCreatedByBaselineOnce() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from revision_change").executeUpdate();
            entityManager.createNativeQuery("delete from revision").executeUpdate();
        });
        assertEquals(0, HistoryTest.revision());

        baseline.onStart(null, entityManager);
        int afterBaseline = HistoryTest.revision();
        assertTrue(afterBaseline > 0);
        Map<String, Object> variables = new HashMap<>(Map.of("since", 0, "entity", List.of("Actor"), "first", 100));
        JsonPath actors = HistoryTest.changes(variables);
        List<Map<String, Object>> kazakhstan = actors.getList("data.changes.nodes.findAll { it.summary =="
                + " 'Actor Kazakhstan created' }");
        assertEquals(1, kazakhstan.size());
        assertEquals("baseline", kazakhstan.get(0).get("by"));
        assertEquals("Kazakhstan", JsonPath.from((String) kazakhstan.get(0).get("state")).getString("name"));

        baseline.onStart(null, entityManager);
        assertEquals(afterBaseline, HistoryTest.revision(), "a database with history gets no second baseline");
    }
}
