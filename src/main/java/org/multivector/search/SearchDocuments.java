package org.multivector.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.multivector.actor.Actor;
import org.multivector.actor.ActorName;
import org.multivector.event.Event;
import org.multivector.evidence.Claim;
import org.multivector.evidence.Evidence;
import org.multivector.evidence.StatedFact;
import org.multivector.measure.PunitiveMeasure;
import org.multivector.membership.Membership;
import org.multivector.persistence.Batch;
import org.multivector.persistence.KnowledgeEntity;
import org.multivector.relation.Relation;

/**
 * The index's documents, read from the database: one per actor (name, aliases, description and
 * the passages that mention it) and one per fact (its texts and quotes), each with its type, id
 * and, for a fact, its certainty. Called inside a transaction; a batch of records costs a
 * statement for the records and one for each kind of text they hold.
 */
final class SearchDocuments {

    /** The types of {@code SearchHit}, in the order they are indexed, and so in which ties in score come out. */
    static final List<String> TYPES = List.of("Actor", "Event", "PunitiveMeasure", "Membership", "Relation");

    static final String KEY = "key";
    static final String TYPE = "type";
    static final String ID = "id";
    /** The stored fields that say which record a document is. */
    static final Set<String> IDENTITY = Set.of(TYPE, ID);
    /** The position of the type in {@link #TYPES}, for counting hits per type. */
    static final String KIND = "kind";
    static final String CERTAINTY = "certainty";
    /** Each name and alias as one key of its words, for "the text is a whole name". */
    static final String EXACT = "exact";
    /** The words of every name, alias and event name: where near misses of a search word are looked up, once. */
    static final String NAMES = "names";

    /** Enough passages to find any actor by what is written around it, without letting one actor's document grow unbounded. */
    static final int MENTIONS_PER_ACTOR = 1_000;

    /**
     * Words, without positions, frequencies or length norms: every match scores a constant (whole
     * word, prefix or near miss times the field's weight), and phrases are not searched, so the
     * postings hold document ids only: a third of the size, and conjunctions of common words read less.
     */
    private static final FieldType WORDS = words(false);
    private static final FieldType STORED_WORDS = words(true);

    private SearchDocuments() {
    }

    private static FieldType words(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.setStored(stored);
        type.freeze();
        return type;
    }

    static String key(String type, long id) {
        return type + ":" + id;
    }

    /** The documents of these records of one type, by id; a record that no longer exists has none. */
    static Map<Long, Document> of(String type, Collection<Long> ids) {
        return of(type, new ById(ids));
    }

    /** The documents of the records of one type with ids from {@code first} to {@code last}, read along the indexes. */
    static Map<Long, Document> between(String type, long first, long last) {
        return of(type, new ByRange(first, last));
    }

    /** The ids of up to {@code limit} records of a type after {@code afterId}, in id order. */
    static List<Long> idsAfter(EntityManager entityManager, String type, long afterId, int limit) {
        return entityManager.createQuery("select id from " + type + " where id > ?1 order by id", Long.class)
                .setParameter(1, afterId).setMaxResults(limit).getResultList();
    }

    /** Where the records and their texts are read from: a set of ids, or a range of them. */
    private interface Lookup {
        <T extends KnowledgeEntity> List<T> entities(Class<T> type);

        Map<Long, List<String>> names();

        Map<Long, List<String>> mentions();

        Map<Long, List<String>> quotes(StatedFact kind);
    }

    private record ById(Collection<Long> ids) implements Lookup {
        @Override
        public <T extends KnowledgeEntity> List<T> entities(Class<T> type) {
            return Batch.list(type, "id", ids);
        }

        @Override
        public Map<Long, List<String>> names() {
            return ActorName.findNamesOf(ids);
        }

        @Override
        public Map<Long, List<String>> mentions() {
            return Evidence.findMentionQuotesOf(ids, MENTIONS_PER_ACTOR);
        }

        @Override
        public Map<Long, List<String>> quotes(StatedFact kind) {
            return Evidence.findQuotesOf(kind, ids);
        }
    }

    /** A whole range: for the rebuild, whose batches are consecutive records, and an IN list of 1,000 ids would cost more. */
    private record ByRange(long first, long last) implements Lookup {
        @Override
        public <T extends KnowledgeEntity> List<T> entities(Class<T> type) {
            return Batch.listBetween(type, first, last);
        }

        @Override
        public Map<Long, List<String>> names() {
            return ActorName.findNamesBetween(first, last);
        }

        @Override
        public Map<Long, List<String>> mentions() {
            return Evidence.findMentionQuotesBetween(first, last, MENTIONS_PER_ACTOR);
        }

        @Override
        public Map<Long, List<String>> quotes(StatedFact kind) {
            return Evidence.findQuotesBetween(kind, first, last);
        }
    }

    private static Map<Long, Document> of(String type, Lookup lookup) {
        return switch (type) {
            case "Actor" -> actors(lookup);
            case "Event" -> facts(type, lookup.entities(Event.class), lookup, StatedFact.EVENT, (event, document) -> {
                add(document, SearchField.EVENT_NAME, event.name);
                document.add(new StringField(EXACT, SearchAnalyzer.key(event.name), Store.NO));
            });
            case "PunitiveMeasure" -> facts(type, lookup.entities(PunitiveMeasure.class), lookup, StatedFact.MEASURE,
                    (measure, document) -> {
                        add(document, SearchField.SUMMARY, measure.summary);
                        add(document, SearchField.SCOPE, measure.scope);
                        add(document, SearchField.STATED_REASON, measure.statedReason);
                        add(document, SearchField.ASSESSED_MOTIVE, measure.assessedMotive);
                    });
            case "Membership" -> facts(type, lookup.entities(Membership.class), lookup, StatedFact.MEMBERSHIP,
                    (membership, document) -> {
                    });
            case "Relation" -> facts(type, lookup.entities(Relation.class), lookup, StatedFact.RELATION,
                    (relation, document) -> add(document, SearchField.RELATION_TYPE, relation.type.replace('_', ' ')));
            default -> Map.of();
        };
    }

    private static Map<Long, Document> actors(Lookup lookup) {
        Map<Long, List<String>> names = lookup.names();
        Map<Long, List<String>> mentions = lookup.mentions();
        Map<Long, Document> documents = new HashMap<>();
        for (Actor actor : lookup.entities(Actor.class)) {
            Document document = start("Actor", actor.id);
            add(document, SearchField.NAME, actor.name);
            document.add(new StringField(EXACT, SearchAnalyzer.key(actor.name), Store.NO));
            for (String alias : names.getOrDefault(actor.id, List.of())) {
                if (!alias.equals(actor.name)) {
                    add(document, SearchField.ALIAS, alias);
                    document.add(new StringField(EXACT, SearchAnalyzer.key(alias), Store.NO));
                }
            }
            add(document, SearchField.DESCRIPTION, actor.description);
            mentions.getOrDefault(actor.id, List.of()).forEach(quote -> add(document, SearchField.MENTION, quote));
            documents.put(actor.id, document);
        }
        return documents;
    }

    private interface Texts<F> {
        void add(F fact, Document document);
    }

    private static <F extends Claim> Map<Long, Document> facts(String type, List<F> facts, Lookup lookup,
            StatedFact kind, Texts<F> texts) {
        Map<Long, List<String>> quotes = facts.isEmpty() ? Map.of() : lookup.quotes(kind);
        Map<Long, Document> documents = new HashMap<>();
        for (F fact : facts) {
            Document document = start(type, fact.id);
            document.add(new StringField(CERTAINTY, fact.certainty.name(), Store.NO));
            texts.add(fact, document);
            quotes.getOrDefault(fact.id, List.of()).forEach(quote -> add(document, SearchField.QUOTE, quote));
            documents.put(fact.id, document);
        }
        return documents;
    }

    private static Document start(String type, long id) {
        Document document = new Document();
        document.add(new StringField(KEY, key(type, id), Store.NO));
        document.add(new StringField(TYPE, type, Store.YES));
        document.add(new StoredField(ID, id));
        document.add(new NumericDocValuesField(KIND, TYPES.indexOf(type)));
        return document;
    }

    private static void add(Document document, SearchField field, String text) {
        if (text != null && !text.isBlank()) {
            document.add(new Field(field.indexName, text, STORED_WORDS));
            if (field.fuzzy) {
                document.add(new Field(NAMES, text, WORDS));
            }
        }
    }
}
