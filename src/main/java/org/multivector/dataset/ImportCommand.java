package org.multivector.dataset;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.multivector.persistence.DurableCommits;
import org.multivector.search.SearchIndex;

import io.quarkus.runtime.QuarkusApplication;

/**
 * {@code java -jar quarkus-run.jar import FILE...}: bulk-imports dataset files (YAML, or JSON by
 * the {@code .json} ending) into the configured database, prints a report per file, brings the
 * search index up to date (rebuilt when the import changed much) and exits:
 * 0 when every entry of every file was loaded, 1 when any was refused or a file stopped early,
 * 2 on a usage error. Nothing is acknowledged before a report, so H2 stores the import's commits
 * in the background meanwhile, and everything a report counts is stored before it is printed.
 */
public class ImportCommand implements QuarkusApplication {

    @Inject
    BulkImporter importer;

    @Inject
    SearchIndex searchIndex;

    @Inject
    DurableCommits durableCommits;

    @Override
    public int run(String... args) {
        PrintStream out = System.out;
        List<String> files = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        if (files.isEmpty()) {
            System.err.println("Usage: java -jar quarkus-run.jar import FILE... (dataset files, .yaml or .json)");
            return 2;
        }
        boolean complete = true;
        for (String file : files) {
            if (!Files.isRegularFile(Path.of(file))) {
                System.err.println(file + ": no such file");
                complete = false;
                continue;
            }
            long started = System.nanoTime();
            ImportReport report;
            // closing stores everything the report counts
            try (DurableCommits.Deferred deferred = durableCommits.deferFlushes()) {
                report = importer.importFile(new DatasetReader(file));
            }
            out.printf("%s: imported in %.1f s%n%s", file, (System.nanoTime() - started) / 1e9, report.describe());
            complete &= report.complete();
        }
        long started = System.nanoTime();
        searchIndex.catchUp();
        out.printf("search index up to date in %.1f s%n", (System.nanoTime() - started) / 1e9);
        return complete ? 0 : 1;
    }
}
