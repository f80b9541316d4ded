package org.multivector.dataset;

import java.util.Arrays;
import java.util.Optional;

import org.multivector.dataset.Dataset.ActorEntry;
import org.multivector.dataset.Dataset.EventEntry;
import org.multivector.dataset.Dataset.MeasureEntry;
import org.multivector.dataset.Dataset.MembershipEntry;
import org.multivector.dataset.Dataset.RelationEntry;
import org.multivector.dataset.Dataset.SourceEntry;

/**
 * The lists of a dataset, in the order they are best given: an entry may refer to entries of
 * earlier lists (or to what the database holds), never to later ones.
 */
public enum DatasetSection {
    SOURCES("sources", SourceEntry.class),
    ACTORS("actors", ActorEntry.class),
    EVENTS("events", EventEntry.class),
    MEMBERSHIPS("memberships", MembershipEntry.class),
    PUNITIVE_MEASURES("punitiveMeasures", MeasureEntry.class),
    RELATIONS("relations", RelationEntry.class);

    private final String field;
    private final Class<?> entryType;

    DatasetSection(String field, Class<?> entryType) {
        this.field = field;
        this.entryType = entryType;
    }

    /** The list's field name in the file. */
    public String field() {
        return field;
    }

    Class<?> entryType() {
        return entryType;
    }

    static Optional<DatasetSection> byField(String field) {
        return Arrays.stream(values()).filter(section -> section.field.equals(field)).findFirst();
    }
}
