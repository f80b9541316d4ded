package org.multivector.dataset;

import static org.multivector.dataset.Dataset.orEmpty;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.multivector.common.ApiException;

/**
 * Imports a {@link Dataset} in one transaction: all of it, or, when any entry is invalid,
 * nothing, with an error that names the file, the entry and what is wrong with it.
 */
@ApplicationScoped
@Transactional
public class DatasetImporter {

    public ImportReport importDataset(DatasetReader reader) {
        Dataset dataset = reader.read();
        FactWriter writer = new FactWriter(reader::readText);
        try {
            int sources = each(dataset.sources(), "sources", writer::addSource);
            int actors = each(dataset.actors(), "actors", writer::addActor);
            int events = each(dataset.events(), "events", writer::addEvent);
            int memberships = each(dataset.memberships(), "memberships", writer::addMembership);
            int measures = each(dataset.punitiveMeasures(), "punitiveMeasures", writer::addMeasure);
            int relations = each(dataset.relations(), "relations", writer::addRelation);
            int quotes = quotes(dataset.events()) + quotes(dataset.memberships()) + quotes(dataset.punitiveMeasures())
                    + quotes(dataset.relations());
            return new ImportReport(sources, actors, events, memberships, measures, relations, quotes);
        } catch (ApiException e) {
            throw new DatasetException(reader.location() + ": " + e.getMessage());
        }
    }

    private interface EntryWriter<E> {
        Object write(E entry, String path);
    }

    private static <E> int each(List<E> entries, String section, EntryWriter<E> writer) {
        List<E> list = orEmpty(entries);
        for (int i = 0; i < list.size(); i++) {
            writer.write(list.get(i), section + "[" + i + "]");
        }
        return list.size();
    }

    private static int quotes(List<? extends Dataset.Evidenced> entries) {
        return orEmpty(entries).stream().mapToInt(entry -> orEmpty(entry.evidence()).size()).sum();
    }
}
