package org.multivector.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.multivector.persistence.EntityKey;
import org.multivector.persistence.RecordStates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.arc.Unremovable;

/**
 * A record's state, as each revision keeps it: its entry in the import format, as JSON, with
 * quotes naming their source by id, plus its own id and the ids of the records it names
 * ({@code memberId}, {@code imposerId}, {@code participantIds} ...). Read in one batch per entity for a whole transaction, so that
 * a chunk of a bulk import costs a few statements more, not one per record.
 */
// looked up by the persistence layer, which cannot inject what sits above it
@Unremovable
@ApplicationScoped
public class RecordSnapshots implements RecordStates {

    private final DatasetEntries entries = new DatasetEntries(DatasetEntries.SourceNaming.BY_ID);

    @Override
    public Map<EntityKey, State> describe(Collection<EntityKey> keys) {
        Map<String, List<Long>> idsByEntity = new LinkedHashMap<>();
        keys.forEach(key -> idsByEntity.computeIfAbsent(key.entity(), entity -> new ArrayList<>()).add(key.id()));
        Map<EntityKey, State> states = new HashMap<>();
        idsByEntity.forEach((entity, ids) -> {
            for (DatasetEntries.Described described : entries.describe(entity, ids)) {
                states.put(new EntityKey(entity, described.id()), new State(described.label(), json(described)));
            }
        });
        return states;
    }

    /** The entry, with the record's id and the ids of the records it names. */
    private static String json(DatasetEntries.Described described) {
        ObjectNode state = ExportFormat.JSON.createObjectNode().put("id", described.id());
        state.setAll((ObjectNode) ExportFormat.JSON.valueToTree(described.entry()));
        described.references().forEach((name, id) -> state.set(name, ExportFormat.JSON.valueToTree(id)));
        try {
            return ExportFormat.JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An entry of the import format could not be written as JSON", e);
        }
    }
}
