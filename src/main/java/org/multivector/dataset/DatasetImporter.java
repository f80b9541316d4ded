package org.multivector.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.multivector.errors.ApiException;
import org.multivector.fact.FactWriter;

/**
 * Imports a dataset in one transaction: all of it, or, at the first entry that breaks a rule,
 * nothing, with an error that names the file, the line, the entry and what is wrong with it.
 * The seed goes this way; large files go through the {@link BulkImporter}.
 */
@ApplicationScoped
@Transactional
public class DatasetImporter {

    public ImportReport importDataset(DatasetReader reader) {
        EntryWriter writer = new EntryWriter(new FactWriter(), reader::readText);
        ImportReport report = new ImportReport();
        reader.stream(entry -> {
            if (!entry.readable()) {
                throw new DatasetException(reader.location() + ": " + entry.problem());
            }
            try {
                writer.write(entry);
            } catch (ApiException e) {
                throw new DatasetException(reader.location() + ": line " + entry.line() + ": " + e.getMessage());
            }
            report.load(entry);
        });
        return report;
    }
}
