package org.multivector.schema;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The served schema is the committed contract, {@code docs/schema.graphql}: any API change
 * shows as a reviewed diff of that file. After an intended change, rerun with
 * {@code -DupdateSchema=true} to rewrite the file, and commit it.
 */
@QuarkusTest
class SchemaContractTest {

    static final Path CONTRACT = Path.of("docs/schema.graphql");

    @Test
    void theServedSchemaIsTheCommittedOne() throws IOException {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("updateSchema")) {
            Files.writeString(CONTRACT, served);
            return;
        }
        String committed = Files.readString(CONTRACT);
        if (!committed.equals(served)) {
            fail("The served schema differs from " + CONTRACT + " (lines marked - are committed, + are served):\n"
                    + diff(committed.lines().toList(), served.lines().toList())
                    + "\nIf the change is intended, rerun with -DupdateSchema=true and commit the file.");
        }
    }

    /** A line diff: the longest common subsequence kept, the rest marked - or +, with line numbers. */
    static String diff(List<String> committed, List<String> served) {
        int[][] common = new int[committed.size() + 1][served.size() + 1];
        for (int i = committed.size() - 1; i >= 0; i--) {
            for (int j = served.size() - 1; j >= 0; j--) {
                common[i][j] = committed.get(i).equals(served.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < committed.size() || j < served.size()) {
            if (i < committed.size() && j < served.size() && committed.get(i).equals(served.get(j))) {
                i++;
                j++;
            } else if (j < served.size() && (i == committed.size() || common[i][j + 1] >= common[i + 1][j])) {
                lines.add("+" + (j + 1) + ": " + served.get(j++));
            } else {
                lines.add("-" + (i + 1) + ": " + committed.get(i++));
            }
        }
        return String.join("\n", lines);
    }
}
