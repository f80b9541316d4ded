package org.multivector;

import org.multivector.dataset.ImportCommand;
import org.multivector.export.ExportCommand;
import org.multivector.search.ReindexCommand;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Runs the service; with the arguments {@code import FILE...} bulk-imports dataset files into its
 * database, with {@code export FILE} writes it to a file in the import format, with
 * {@code reindex} rebuilds its search index, and exits.
 */
@QuarkusMain
public class MultivectorMain {

    public static void main(String... args) {
        String command = args.length > 0 ? args[0] : "";
        if (command.equals("import") || command.equals("export") || command.equals("reindex")) {
            // A one-off command: it needs the database, not an HTTP listener, and brings the search
            // index up to date once, when it is done, rather than following every write.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("multivector.search.follow-writes", "false");
            Quarkus.run(switch (command) {
                case "import" -> ImportCommand.class;
                case "export" -> ExportCommand.class;
                default -> ReindexCommand.class;
            }, args);
        } else {
            Quarkus.run(args);
        }
    }
}
