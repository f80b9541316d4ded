package org.multivector.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.multivector.dataset.DatasetReader;

/** Writes dataset documents to temporary files, as a user would hand them to the importer. */
public final class Datasets {

    private Datasets() {
    }

    public static DatasetReader yaml(String document) {
        return write(document, ".yaml");
    }

    public static DatasetReader json(String document) {
        return write(document, ".json");
    }

    private static DatasetReader write(String document, String suffix) {
        try {
            Path file = Files.createTempFile("dataset", suffix);
            file.toFile().deleteOnExit();
            Files.writeString(file, document);
            return new DatasetReader(file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
