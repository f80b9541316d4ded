package org.multivector.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.multivector.support.GraphQL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** Every example query of the README returns exactly the response the README shows. */
@QuarkusTest
class ReadmeExamplesTest {

    private static final Pattern EXAMPLE = Pattern.compile(
            "### ([^\\n]+)\\n(?:(?!###)[\\s\\S])*?```graphql\\n([^`]*)```\\s*returns\\s*```json\\n([^`]*)```");

    private static final ObjectMapper JSON = new ObjectMapper();

    record Example(String title, String query, String response) {
        @Override
        public String toString() {
            return title;
        }
    }

    static Stream<Example> examples() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher matcher = EXAMPLE.matcher(readme);
        List<Example> examples = new ArrayList<>();
        while (matcher.find()) {
            examples.add(new Example(matcher.group(1), matcher.group(2), matcher.group(3)));
        }
        assertTrue(examples.size() >= 6, "the README shows at least six examples, found " + examples.size());
        return examples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleReturnsWhatTheReadmeShows(Example example) throws IOException {
        String body = GraphQL.query(example.query()).extract().asString();
        JsonNode expected = JSON.readTree(example.response());
        JsonNode actual = JSON.readTree(body);
        assertEquals(expected, actual, example.title());
    }
}
