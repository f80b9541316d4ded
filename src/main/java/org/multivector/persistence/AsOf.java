package org.multivector.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a record read as of a past revision carries besides its fields: the revision, which its
 * nested fields answer as of too, and the state that revision kept of it (its aliases, quotes,
 * participants), or null where the record was not restored from a state (a passage of a past fact).
 */
public record AsOf(long revision, JsonNode state) {

    /** The ids a state lists under {@code name} ({@code participantIds}, {@code evidenceIds}), in order. */
    public List<Long> ids(String name) {
        return values(name, JsonNode::asLong);
    }

    /** The texts a state lists under {@code name} ({@code aliases}), in order. */
    public List<String> texts(String name) {
        return values(name, JsonNode::asText);
    }

    private <V> List<V> values(String name, Function<JsonNode, V> read) {
        JsonNode values = state == null ? null : state.get(name);
        if (values == null || !values.isArray()) {
            return List.of();
        }
        List<V> result = new ArrayList<>(values.size());
        values.forEach(value -> result.add(read.apply(value)));
        return result;
    }
}
