package org.multivector.search;

import jakarta.inject.Inject;

import io.quarkus.runtime.QuarkusApplication;

/**
 * {@code java -jar quarkus-run.jar reindex}: rebuilds the search index from the database and
 * exits (0 when done). Run it with the service stopped, or against an index path of its own.
 */
public class ReindexCommand implements QuarkusApplication {

    @Inject
    SearchIndex index;

    @Override
    public int run(String... args) {
        long started = System.nanoTime();
        long records = index.rebuild();
        System.out.printf("search index rebuilt: %d records in %.1f s%n", records, (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
