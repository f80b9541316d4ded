package org.multivector.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.multivector.actor.Actor;
import org.multivector.dataset.DatasetSection;
import org.multivector.event.Event;
import org.multivector.measure.PunitiveMeasure;
import org.multivector.membership.Membership;
import org.multivector.persistence.KnowledgeEntity;
import org.multivector.relation.Relation;
import org.multivector.source.Source;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Writes the knowledge base out, streamed: page by page in id order, each page's records read in
 * a few statements and then let go, so that memory stays flat however large the database. The
 * JSON is the import format (importing it into an empty database writes the same records, every
 * quote at its offset); the CSV files hold one row per fact, for spreadsheets.
 */
@ApplicationScoped
@Transactional
// an export of a large database reads for minutes, in one transaction
@TransactionConfiguration(timeout = 3600)
public class DatasetExport {

    /** Records read per page; a source holds up to a million characters, so fewer of those. */
    private static final int PAGE = 500;
    private static final int SOURCE_PAGE = 10;

    private static final CsvMapper CSV = new CsvMapper();

    /** The CSV files: their name, the facts they list and their columns (fields of the import format). */
    public enum CsvTable {
        MEMBERSHIPS("memberships", Membership.class, "member", "organisation", "status", "since", "until"),
        PUNITIVE_MEASURES("punitive-measures", PunitiveMeasure.class, "imposer", "target", "kind", "status", "date",
                "summary", "scope", "statedReason", "assessedMotive", "trigger"),
        RELATIONS("relations", Relation.class, "subject", "type", "object"),
        EVENTS("events", Event.class, "name", "kind", "date", "place", "participants");

        final String fileName;
        final Class<? extends KnowledgeEntity> type;
        final List<String> columns;

        CsvTable(String fileName, Class<? extends KnowledgeEntity> type, String... factColumns) {
            this.fileName = fileName;
            this.type = type;
            this.columns = new ArrayList<>(List.of("id"));
            this.columns.addAll(List.of(factColumns));
            this.columns.addAll(List.of("certainty", "attributedTo", "quotes"));
        }

        /** The file's name without its extension: {@code punitive-measures}. */
        public String fileName() {
            return fileName;
        }
    }

    private final DatasetEntries entries = new DatasetEntries(DatasetEntries.SourceNaming.BY_KEY);

    /** Writes the whole knowledge base in the import format, as JSON. */
    public void writeJson(OutputStream output) throws IOException {
        readOnly();
        try (JsonGenerator json = ExportFormat.JSON.getFactory().createGenerator(output, JsonEncoding.UTF8)) {
            json.writeStartObject();
            section(json, DatasetSection.SOURCES, Source.class, SOURCE_PAGE);
            section(json, DatasetSection.ACTORS, Actor.class, PAGE);
            section(json, DatasetSection.EVENTS, Event.class, PAGE);
            section(json, DatasetSection.MEMBERSHIPS, Membership.class, PAGE);
            section(json, DatasetSection.PUNITIVE_MEASURES, PunitiveMeasure.class, PAGE);
            section(json, DatasetSection.RELATIONS, Relation.class, PAGE);
            json.writeEndObject();
        }
    }

    private <T extends KnowledgeEntity> void section(JsonGenerator json, DatasetSection section, Class<T> type,
            int pageSize) throws IOException {
        json.writeArrayFieldStart(section.field());
        for (List<T> page = page(type, 0, pageSize); !page.isEmpty(); page = page(type, last(page), pageSize)) {
            for (DatasetEntries.Described described : entries.describe(page)) {
                ExportFormat.JSON.writeValue(json, described.entry());
            }
            json.flush();
            Panache.getEntityManager().clear();
        }
        json.writeEndArray();
    }

    /** Writes one row per fact of the table's kind, with a header. */
    public void writeCsv(CsvTable table, OutputStream output) throws IOException {
        readOnly();
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        table.columns.forEach(schema::addColumn);
        try (SequenceWriter rows = CSV.writer(schema.build()).writeValues(output)) {
            for (List<? extends KnowledgeEntity> page = page(table.type, 0, PAGE); !page.isEmpty();
                    page = page(table.type, last(page), PAGE)) {
                for (DatasetEntries.Described described : entries.describe(page)) {
                    rows.write(row(table, described));
                }
                rows.flush();
                Panache.getEntityManager().clear();
            }
        }
    }

    private static String[] row(CsvTable table, DatasetEntries.Described described) {
        JsonNode entry = ExportFormat.JSON.valueToTree(described.entry());
        return table.columns.stream().map(column -> switch (column) {
            case "id" -> Long.toString(described.id());
            case "quotes" -> joined(entry.path("evidence"), quote -> quote.path("quote").asText(), "\n");
            case "participants" -> joined(entry.path("participants"), JsonNode::asText, "; ");
            default -> entry.path(column).isMissingNode() || entry.path(column).isNull() ? ""
                    : entry.path(column).asText();
        }).toArray(String[]::new);
    }

    private static String joined(JsonNode list, Function<JsonNode, String> text, String separator) {
        return StreamSupport.stream(list.spliterator(), false).map(text).collect(Collectors.joining(separator));
    }

    /**
     * Loads entities read-only and never flushes, as {@code @ReadOnly} reads do; that interceptor
     * begins transactions of the default timeout, too short for an export.
     */
    private static void readOnly() {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }

    /** The records of {@code type} after id {@code afterId}, in id order, at most {@code size}. */
    private static <T extends KnowledgeEntity> List<T> page(Class<T> type, long afterId, int size) {
        EntityManager entityManager = Panache.getEntityManager();
        return entityManager.createQuery("from " + type.getSimpleName() + " where id > ?1 order by id", type)
                .setParameter(1, afterId).setMaxResults(size).getResultList();
    }

    private static long last(List<? extends KnowledgeEntity> page) {
        return page.get(page.size() - 1).id;
    }
}
