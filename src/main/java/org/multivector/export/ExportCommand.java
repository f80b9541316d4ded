package org.multivector.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import jakarta.inject.Inject;

import org.multivector.history.HistoryService;

import io.quarkus.runtime.QuarkusApplication;

/**
 * {@code java -jar quarkus-run.jar export FILE}: writes the whole knowledge base to FILE in the
 * import format (JSON), as {@code GET /export/dataset.json} does, then exits: 0 when written, 1
 * when it could not be, 2 on a usage error. A file that is not complete never replaces FILE.
 */
public class ExportCommand implements QuarkusApplication {

    @Inject
    DatasetExport export;

    @Inject
    HistoryService history;

    @Override
    public int run(String... args) {
        if (args.length != 2) {
            System.err.println("Usage: java -jar quarkus-run.jar export FILE (written as JSON, in the import format)");
            return 2;
        }
        Path target = Path.of(args[1]).toAbsolutePath();
        long started = System.nanoTime();
        long revision = history.latestRevision();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            try (OutputStream output = Files.newOutputStream(partial)) {
                export.writeJson(output);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println(args[1] + ": could not be written: " + e.getMessage());
            return 1;
        }
        PrintStream out = System.out;
        out.printf("%s: exported at revision %d in %.1f s%n", args[1], revision, (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
