package org.multivector;

import org.multivector.dataset.ImportCommand;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Runs the service, or, with the arguments {@code import FILE...}, bulk-imports dataset files
 * into its database and exits.
 */
@QuarkusMain
public class MultivectorMain {

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("import")) {
            // A one-off command: it needs the database, not an HTTP listener.
            System.setProperty("quarkus.http.host-enabled", "false");
            Quarkus.run(ImportCommand.class, args);
        } else {
            Quarkus.run(args);
        }
    }
}
