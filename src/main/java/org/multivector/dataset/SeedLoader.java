package org.multivector.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.multivector.common.MultivectorConfig;

import io.quarkus.runtime.StartupEvent;

/**
 * Imports the seed dataset into a database that does not hold it yet. The import and its
 * record in {@code dataset_import} commit together, so a restart never seeds twice, and a seed
 * that does not import stops the start with the reason.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    @Inject
    MultivectorConfig config;

    @Inject
    DatasetImporter importer;

    void onStart(@Observes StartupEvent event) {
        if (config.seed().enabled()) {
            seed(config.seed().location());
        }
    }

    /** Imports the dataset at {@code location} unless it was imported before; returns whether it did. */
    @Transactional
    public boolean seed(String location) {
        if (DatasetImport.isImported(location)) {
            LOG.infof("Seed %s is already imported", location);
            return false;
        }
        // The record first: a second instance seeding the same database at once fails on its key.
        DatasetImport.of(location).persistAndFlush();
        ImportReport report = importer.importDataset(new DatasetReader(location));
        LOG.infof("Seeded %s: %s", location, report);
        return true;
    }
}
