package org.multivector.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.multivector.dataset.BulkImporter;
import org.multivector.dataset.ImportReport;
import org.multivector.support.Datasets;
import org.multivector.support.ExportDatabaseProfile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The exports: the JSON is the import format and survives a round trip through an empty
 * database with every fact, certainty, quote and offset; the CSV files are what a spreadsheet
 * reads; each carries the revision it was taken at.
 */
@QuarkusTest
@TestProfile(ExportDatabaseProfile.class)
class ExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    BulkImporter importer;

    @Inject
    EntityManager entityManager;

    static String export(String path) {
        return given().when().get(path).then().statusCode(200)
                .header(ExportResource.REVISION_HEADER, matchesPattern("[1-9][0-9]*"))
                .extract().asString();
    }

    @Test
    void theJsonExportImportedIntoAnEmptyDatabaseGivesTheSameExport() throws Exception {
        String first = export("/export/dataset.json");
        JsonNode exported = JSON.readTree(first);
        assertEquals(1, exported.path("sources").size());
        assertTrue(exported.path("sources").get(0).path("text").asText().length() > 5_000, "the source's whole text");
        assertEquals(3, count(exported.path("memberships"), "member", "Kazakhstan"));
        JsonNode declined = find(exported.path("memberships"), "status", "DECLINED");
        assertEquals("Kazakhstan’s rejection of BRICS is a geopolitical gamble",
                declined.path("evidence").get(0).path("quote").asText());
        assertTrue(declined.path("evidence").get(0).has("start"), "every quote at its offset");
        assertEquals("HYPOTHETICAL", find(exported.path("punitiveMeasures"), "kind", "MILITARY")
                .path("certainty").asText());

        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("evidence", "event_participant", "membership", "punitive_measure",
                    "relation", "event", "actor_name", "actor", "source")) {
                entityManager.createNativeQuery("delete from " + table).executeUpdate();
            }
        });
        ImportReport report = importer.importFile(Datasets.json(first));
        assertTrue(report.complete(), report.describe());

        String second = export("/export/dataset.json");
        assertEquals(ExportCommandIT.withSourcesNumbered(JSON.readTree(first)),
                ExportCommandIT.withSourcesNumbered(JSON.readTree(second)));
    }

    @Test
    void eachCsvExportHasAHeaderAndOneRowPerFactQuotedForSpreadsheets() throws Exception {
        List<Map<String, String>> memberships = csv("/export/memberships.csv");
        Map<String, String> declined = memberships.stream()
                .filter(row -> row.get("organisation").equals("BRICS") && row.get("member").equals("Kazakhstan"))
                .findFirst().orElseThrow();
        assertEquals("DECLINED", declined.get("status"));
        assertEquals("ASSERTED", declined.get("certainty"));
        assertEquals(3, declined.get("quotes").split("\n").length, "the three quotes, one per line");
        assertEquals(3, memberships.size());

        Map<String, String> ban = csv("/export/punitive-measures.csv").stream()
                .filter(row -> row.get("kind").equals("IMPORT_BAN")).findFirst().orElseThrow();
        assertEquals("Russia", ban.get("imposer"));
        assertEquals("Kazakhstan", ban.get("target"));
        assertTrue(ban.get("quotes").contains("“lack of action from the competent authorities"),
                "quotes, commas and curly quotation marks survive the CSV quoting");
        assertEquals("Kazakhstan's decision not to join BRICS", ban.get("trigger"));

        assertTrue(csv("/export/events.csv").stream().anyMatch(row -> row.get("name").equals("BRICS summit in Kazan")
                && row.get("place").equals("Kazan") && row.get("participants").equals("BRICS")));
        assertTrue(csv("/export/relations.csv").size() > 0);
    }

    @Test
    void anUnknownExportIsANotFoundThatListsTheExports() {
        given().when().get("/export/planets.csv").then().statusCode(404)
                .body(startsWith("No export planets.csv"), containsString("memberships.csv"));
    }

    private static List<Map<String, String>> csv(String path) throws Exception {
        String text = given().when().get(path).then().statusCode(200)
                .header(ExportResource.REVISION_HEADER, matchesPattern("[1-9][0-9]*"))
                .contentType(startsWith("text/csv")).extract().asString();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            return rows.readAll();
        }
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode entry : list) {
            if (entry.path(field).asText().equals(value)) {
                return entry;
            }
        }
        throw new AssertionError("no entry with " + field + " " + value + " in " + list);
    }

    private static int count(JsonNode list, String field, String value) {
        int count = 0;
        for (JsonNode entry : list) {
            count += entry.path(field).asText().equals(value) ? 1 : 0;
        }
        return count;
    }
}
