package org.multivector.dataset;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.multivector.actor.ActorName;
import org.multivector.config.MultivectorConfig;
import org.multivector.evidence.MentionFinder;
import org.multivector.fact.Mentions;
import org.multivector.persistence.ChangeAuthor;
import org.multivector.source.Source;

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

    /**
     * The record that the database's mentions were found: written with the seed, or, on a
     * database seeded before mentions existed, once they have been found for all it holds.
     */
    static final String MENTIONS = "mentions of actors";

    void onStart(@Observes StartupEvent event) {
        if (config.seed().enabled()) {
            try (ChangeAuthor.Scope seed = ChangeAuthor.as(ChangeAuthor.SEED)) {
                seed(config.seed().location());
            } catch (PersistenceException e) {
                if (!isImported(config.seed().location())) {
                    throw e;
                }
                // Another instance on the same database seeded it at the same moment.
                LOG.infof("Seed %s is already imported, by another instance", config.seed().location());
            }
        }
        try {
            findMentionsOnce();
        } catch (PersistenceException e) {
            if (!isImported(MENTIONS)) {
                throw e;
            }
            // another instance on the same database recorded it at the same moment, and found them
            LOG.info("The mentions of actors were found by another instance");
        }
    }

    /**
     * Finds the mentions in a database that holds sources and actors from before mentions existed:
     * once, in one transaction that begins with its record, so that no second instance does it too.
     */
    @Transactional
    public boolean findMentionsOnce() {
        if (DatasetImport.isImported(MENTIONS)) {
            return false;
        }
        DatasetImport.of(MENTIONS).persistAndFlush();
        List<Long> sourceIds = Source.findAllIds();
        if (sourceIds.isEmpty()) {
            return true;
        }
        long started = System.nanoTime();
        MentionFinder everyName = MentionFinder.of(ActorName.findAllNames());
        for (List<Long> batch : Mentions.batches(sourceIds)) {
            Mentions.rewriteSources(batch, everyName);
        }
        LOG.infof("Found the mentions of actors in the %d sources stored before mentions existed, in %d ms",
                sourceIds.size(), (System.nanoTime() - started) / 1_000_000);
        return true;
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
        // a new database's mentions are found as the seed writes it
        if (!DatasetImport.isImported(MENTIONS)) {
            DatasetImport.of(MENTIONS).persist();
        }
        ImportReport report = importer.importDataset(new DatasetReader(location));
        LOG.infof("Seeded %s: %s", location, report);
        return true;
    }
}
