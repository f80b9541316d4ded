package org.multivector.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.multivector.config.MultivectorConfig;

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
            try {
                seed(config.seed().location());
            } catch (PersistenceException e) {
                if (!isImported(config.seed().location())) {
                    throw e;
                }
                // Another instance on the same database seeded it at the same moment.
                LOG.infof("Seed %s is already imported, by another instance", config.seed().location());
            }
        }
    }

    @Transactional
    boolean isImported(String location) {
        return DatasetImport.isImported(location);
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
