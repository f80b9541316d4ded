package org.multivector.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.multivector.actor.Actor;
import org.multivector.common.SearchHit;
import org.multivector.event.Event;
import org.multivector.evidence.Certainty;
import org.multivector.measure.PunitiveMeasure;
import org.multivector.membership.Membership;
import org.multivector.persistence.KnowledgeEntity;
import org.multivector.persistence.ReadOnly;
import org.multivector.relation.Relation;

/**
 * Ranked search across actor names and aliases, descriptions, fact texts, evidence quotes and
 * the passages that mention actors, on the {@link SearchIndex}: every word of the text must match
 * in one field (whole, as a prefix or, in names, misspelt); the best field of a hit counts, a
 * whole name or alias typed as such counts extra, and ties go to actors, then events, measures,
 * memberships and relations.
 */
@ApplicationScoped
@Transactional
public class SearchService {

    private static final Map<String, Function<List<Long>, List<? extends KnowledgeEntity>>> LOADERS = Map.of(
            "Actor", Actor::listByIds,
            "Membership", Membership::listByIds,
            "PunitiveMeasure", PunitiveMeasure::listByIds,
            "Relation", Relation::listByIds,
            "Event", Event::listByIds);

    private final SearchIndex index;

    public SearchService(SearchIndex index) {
        this.index = index;
    }

    private record Found(String type, long id, float score, SearchMatches.Match match) {
    }

    /**
     * @param types the SearchHit types to find, null for all
     * @param certainty the certainties of the facts to find, null for all; actors, not being claims, always match
     * @param explained whether to say where each hit matched ({@link SearchResult#field}, {@link SearchResult#highlight})
     * @return the hits from {@code offset}, at most {@code limit}, best first
     */
    @ReadOnly
    public List<SearchResult> search(SearchText text, Collection<String> types, Collection<Certainty> certainty, int offset,
            int limit, boolean explained) {
        List<Found> found = index.search(searcher -> {
            TopDocs top = searcher.search(text.query(searcher, types, certainty), offset + limit);
            StoredFields stored = searcher.storedFields();
            List<Found> hits = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                Document document = stored.document(hit.doc, explained ? null : SearchDocuments.IDENTITY);
                hits.add(new Found(document.get(SearchDocuments.TYPE),
                        document.getField(SearchDocuments.ID).numericValue().longValue(), hit.score,
                        explained ? SearchMatches.of(document, text) : SearchMatches.UNEXPLAINED));
            }
            return hits;
        });
        Map<String, Map<Long, SearchHit>> loaded = load(found);
        List<SearchResult> results = new ArrayList<>(found.size());
        for (Found hit : found) {
            SearchHit node = loaded.getOrDefault(hit.type(), Map.of()).get(hit.id());
            if (node != null) { // null: deleted since the index was read
                results.add(new SearchResult(hit.score(), hit.match().field(), hit.match().highlight(), node));
            }
        }
        return results;
    }

    /** How many hits of each SearchHit type the text has, with the certainty filter, by type. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Integer> countByType(SearchText text, Collection<Certainty> certainty) {
        int[] counts = index.search(searcher -> searcher.search(text.query(searcher, null, certainty), new CollectorManager<KindCounter, int[]>() {
            @Override
            public KindCounter newCollector() {
                return new KindCounter();
            }

            @Override
            public int[] reduce(Collection<KindCounter> collectors) {
                int[] total = new int[SearchDocuments.TYPES.size()];
                collectors.forEach(collector -> {
                    for (int i = 0; i < total.length; i++) {
                        total[i] += collector.counts[i];
                    }
                });
                return total;
            }
        }));
        Map<String, Integer> byType = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            byType.put(SearchDocuments.TYPES.get(i), counts[i]);
        }
        return byType;
    }

    /** Counts hits by the kind each document stores, without scoring them. */
    private static final class KindCounter extends SimpleCollector {
        final int[] counts = new int[SearchDocuments.TYPES.size()];
        private NumericDocValues kinds;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            kinds = context.reader().getNumericDocValues(SearchDocuments.KIND);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (kinds != null && kinds.advanceExact(doc)) {
                counts[(int) kinds.longValue()]++;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    private static Map<String, Map<Long, SearchHit>> load(List<Found> hits) {
        Map<String, List<Long>> idsByType = new LinkedHashMap<>();
        for (Found hit : hits) {
            idsByType.computeIfAbsent(hit.type(), type -> new ArrayList<>()).add(hit.id());
        }
        Map<String, Map<Long, SearchHit>> loaded = new HashMap<>();
        idsByType.forEach((type, ids) -> {
            Map<Long, SearchHit> byId = new HashMap<>();
            for (KnowledgeEntity entity : LOADERS.get(type).apply(ids)) {
                byId.put(entity.id, (SearchHit) entity);
            }
            loaded.put(type, byId);
        });
        return loaded;
    }
}
