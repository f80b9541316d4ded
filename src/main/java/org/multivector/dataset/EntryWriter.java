package org.multivector.dataset;

import java.util.function.Function;

import org.multivector.common.Text;
import org.multivector.dataset.Dataset.ActorEntry;
import org.multivector.dataset.Dataset.EventEntry;
import org.multivector.dataset.Dataset.MeasureEntry;
import org.multivector.dataset.Dataset.MembershipEntry;
import org.multivector.dataset.Dataset.RelationEntry;
import org.multivector.dataset.Dataset.SourceEntry;
import org.multivector.errors.InvalidArgumentException;
import org.multivector.fact.Drafts.SourceDraft;
import org.multivector.fact.FactWriter;

/**
 * Writes the entries of a dataset file through the write model ({@link FactWriter}): each entry
 * becomes its draft, and a source's {@code textFile} the text it holds. Errors name the entry,
 * {@code memberships[3].evidence[0]}.
 */
final class EntryWriter {

    private final FactWriter facts;
    private final Function<String, String> textFiles;

    /** @param textFiles reads a source's {@code textFile}, relative to the dataset file */
    EntryWriter(FactWriter facts, Function<String, String> textFiles) {
        this.facts = facts;
        this.textFiles = textFiles;
    }

    /** Writes one entry. */
    void write(DatasetEntry entry) {
        String path = entry.path();
        switch (entry.section()) {
            case SOURCES -> facts.addSource(draft((SourceEntry) entry.value(), path), path);
            case ACTORS -> facts.addActor(((ActorEntry) entry.value()).toDraft(), path);
            case EVENTS -> facts.addEvent(((EventEntry) entry.value()).toDraft(), path);
            case MEMBERSHIPS -> facts.addMembership(((MembershipEntry) entry.value()).toDraft(), path);
            case PUNITIVE_MEASURES -> facts.addMeasure(((MeasureEntry) entry.value()).toDraft(), path);
            case RELATIONS -> facts.addRelation(((RelationEntry) entry.value()).toDraft(), path);
        }
    }

    /** The source with its text, read from its {@code textFile} where it names one. */
    private SourceDraft draft(SourceEntry entry, String path) {
        String text = entry.text();
        if (entry.textFile() != null && !Text.isBlank(entry.title())) {
            // a source without a title is refused for it, as the write model's first rule, before its file is read
            if (text != null) {
                throw new InvalidArgumentException(path + ": give exactly one of 'text' and 'textFile'");
            }
            text = textFiles.apply(entry.textFile());
            if (text.isEmpty()) {
                throw new InvalidArgumentException(path + ": the source text is empty");
            }
        }
        return new SourceDraft(entry.key(), entry.title(), entry.publisher(), entry.section(), text);
    }
}
