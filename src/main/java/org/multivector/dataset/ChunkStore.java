package org.multivector.dataset;

import static org.multivector.fact.Drafts.orEmpty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.multivector.actor.Actor;
import org.multivector.actor.ActorName;
import org.multivector.common.Text;
import org.multivector.dataset.Dataset.ActorEntry;
import org.multivector.dataset.Dataset.EventEntry;
import org.multivector.dataset.Dataset.MeasureEntry;
import org.multivector.dataset.Dataset.MembershipEntry;
import org.multivector.dataset.Dataset.RelationEntry;
import org.multivector.evidence.Evidence;
import org.multivector.fact.FactWriter;
import org.multivector.persistence.KnowledgeEntity;
import org.multivector.source.Source;

/**
 * The names and quotes of one chunk of a bulk import. Every name the chunk mentions is looked up
 * before the chunk is written (one query per 500), except those the import's earlier chunks wrote
 * ({@link WrittenNames}); names it adds are checked against those and each other in memory; and
 * its names and quotes are persisted after its actors and facts, so that each table's rows reach
 * the database in JDBC batches rather than one by one.
 */
final class ChunkStore implements FactWriter.Store {

    private final Map<String, Long> actorIds;
    private final Map<String, Long> addedNames = new HashMap<>();
    private final List<KnowledgeEntity> pending = new ArrayList<>();
    private final List<Long> writtenSourceIds = new ArrayList<>();
    private final List<Long> writtenActorIds = new ArrayList<>();

    private ChunkStore(Map<String, Long> actorIds) {
        this.actorIds = actorIds;
    }

    /**
     * A store that knows every stored name the entries mention: from {@code namesWritten}, the
     * names (by key) the import's committed chunks added, or else from the database. (Tier M of the
     * benchmark spent a tenth of its chunks' time looking up names its own chunks had written.)
     */
    static ChunkStore forEntries(List<DatasetEntry> entries, Map<String, Long> namesWritten) {
        Map<String, Long> actorIds = new HashMap<>();
        Set<String> unknown = new HashSet<>();
        for (DatasetEntry entry : entries) {
            mentionedNames(entry.value()).filter(name -> !Text.isBlank(name)).map(Text::nameKey).forEach(key -> {
                Long written = namesWritten.get(key);
                if (written != null) {
                    actorIds.put(key, written);
                } else {
                    unknown.add(key);
                }
            });
        }
        actorIds.putAll(ActorName.findActorIdsByKey(unknown));
        return new ChunkStore(actorIds);
    }

    @Override
    public Optional<Long> actorId(String name) {
        return Optional.ofNullable(actorIds.get(Text.nameKey(name)));
    }

    @Override
    public void addName(ActorName name, String path) {
        Long holder = actorIds.putIfAbsent(name.nameKey, name.actorId);
        if (holder != null) {
            if (!addedNames.containsKey(name.nameKey) && !holder.equals(ActorName.findActorId(name.name).orElse(null))) {
                // another writer deleted or renamed the holder since the chunk looked the name up: not a
                // refusal, the chunk is read afresh (BulkImporter tries it once more, every name looked up)
                throw new IllegalStateException("'" + name.name + "' (" + path
                        + ") is no longer a name of the actor the chunk found it on");
            }
            throw FactWriter.nameTaken(name.name, holder, path);
        }
        addedNames.put(name.nameKey, name.actorId);
        pending.add(name);
    }

    @Override
    public void addEvidence(Evidence quote) {
        pending.add(quote);
    }

    /** Noted, for the import to find its mentions once all its actors are written. */
    @Override
    public void sourceWritten(Source source) {
        writtenSourceIds.add(source.id);
    }

    @Override
    public void namesChanged(Actor actor) {
        writtenActorIds.add(actor.id);
    }

    List<Long> writtenSourceIds() {
        return writtenSourceIds;
    }

    List<Long> writtenActorIds() {
        return writtenActorIds;
    }

    /** The names the chunk added, by key, with the ids of their actors. */
    Map<String, Long> addedNames() {
        return addedNames;
    }

    /** Persists the chunk's names and quotes, once its actors and facts are. */
    void persistPending() {
        KnowledgeEntity.persist(pending);
        pending.clear();
    }

    private static Stream<String> mentionedNames(Object entry) {
        if (entry instanceof ActorEntry actor) {
            return Stream.concat(Stream.of(actor.name()), orEmpty(actor.aliases()).stream());
        }
        if (entry instanceof EventEntry event) {
            return Stream.concat(Stream.of(event.place()), orEmpty(event.participants()).stream());
        }
        if (entry instanceof MembershipEntry membership) {
            return Stream.of(membership.member(), membership.organisation());
        }
        if (entry instanceof MeasureEntry measure) {
            return Stream.of(measure.imposer(), measure.target());
        }
        if (entry instanceof RelationEntry relation) {
            return Stream.of(relation.subject(), relation.object());
        }
        return Stream.empty();
    }
}
