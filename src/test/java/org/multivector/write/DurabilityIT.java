package org.multivector.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.support.PackagedService;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A write that returned success survives {@code kill -9} of the packaged service and a restart
 * on the same database, with its revision; and the service never logs a credential or a request body.
 */
class DurabilityIT {

    static final String PASSWORD = "durability-secret-4711";
    static final String ADD = """
            mutation Add($name: String!, $description: String!) {
              addActor(input: { name: $name, kind: REGION, description: $description }) { id }
            }
            """;
    static final String FIND = """
            query Find($name: String!) { actor(name: $name) { name description history { revision operation } } }
            """;

    @Test
    void aSuccessfulWriteSurvivesKillMinusNine(@TempDir Path workDir) throws Exception {
        Map<String, String> environment = Map.of("MULTIVECTOR_EDITOR_PASSWORD", PASSWORD);
        String bodyMarker = "body-marker-that-must-not-be-logged";
        PackagedService first = PackagedService.start(workDir, environment, "first.log");
        try {
            for (int i = 0; i < 5; i++) {
                JsonNode added = first.graphql(ADD, Map.of("name", "Crashland " + i, "description", bodyMarker), PASSWORD);
                assertTrue(added.path("errors").isMissingNode(), added.toString());
            }
        } finally {
            first.kill();
        }
        String firstLog = first.log();

        try (PackagedService second = PackagedService.start(workDir, environment, "second.log")) {
            for (int i = 0; i < 5; i++) {
                JsonNode found = second.graphql(FIND, Map.of("name", "crashland " + i), null);
                assertEquals("Crashland " + i, found.at("/data/actor/name").asText(), found.toString());
                assertEquals("CREATED", found.at("/data/actor/history/0/operation").asText(),
                        "its revision committed with it: " + found);
            }
            JsonNode refused = second.graphql(ADD, Map.of("name", "Anonymous", "description", bodyMarker), null);
            assertEquals("UNAUTHORIZED", refused.at("/errors/0/extensions/code").asText());
            String logs = firstLog + second.log();
            assertFalse(logs.contains(PASSWORD), "the password is never logged");
            assertFalse(logs.contains(bodyMarker), "request bodies are never logged");
            assertTrue(second.log().contains("is already imported"), "the restart did not seed again");
        }
    }
}
