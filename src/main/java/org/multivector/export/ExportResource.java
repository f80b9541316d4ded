package org.multivector.export;

import java.util.Arrays;
import java.util.concurrent.Semaphore;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.multivector.history.HistoryService;

/**
 * The exports: the whole knowledge base in the import format ({@code /export/dataset.json}) and
 * one CSV file per kind of fact, streamed. Reads are public, and so are exports; as each reads
 * the whole database, only a few run at once.
 */
@Path("/export")
public class ExportResource {

    /** The header that names the latest revision when the export began. */
    public static final String REVISION_HEADER = "X-Multivector-Revision";

    private static final int CONCURRENT_EXPORTS = 2;

    private final Semaphore running = new Semaphore(CONCURRENT_EXPORTS);

    @Inject
    DatasetExport export;

    @Inject
    HistoryService history;

    @GET
    @Path("dataset.json")
    public Response dataset() {
        return streamed("dataset.json", MediaType.APPLICATION_JSON + ";charset=UTF-8", output -> export.writeJson(output));
    }

    @GET
    @Path("{name}.csv")
    public Response csv(@PathParam("name") String name) {
        DatasetExport.CsvTable table = Arrays.stream(DatasetExport.CsvTable.values())
                .filter(candidate -> candidate.fileName().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException(Response.status(Response.Status.NOT_FOUND)
                        .type(MediaType.TEXT_PLAIN).entity("No export " + name + ".csv: the CSV exports are"
                                + " memberships.csv, punitive-measures.csv, relations.csv and events.csv\n")
                        .build()));
        return streamed(name + ".csv", "text/csv;charset=UTF-8", output -> export.writeCsv(table, output));
    }

    private Response streamed(String fileName, String type, StreamingOutput body) {
        if (!running.tryAcquire()) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.TEXT_PLAIN)
                    .header("Retry-After", "30")
                    .entity(CONCURRENT_EXPORTS + " exports are running already; try again when one has finished\n")
                    .build();
        }
        long revision;
        try {
            revision = history.latestRevision();
        } catch (RuntimeException e) {
            running.release();
            throw e;
        }
        StreamingOutput releasing = output -> {
            try {
                body.write(output);
            } finally {
                running.release();
            }
        };
        return Response.ok(releasing, type)
                .header(REVISION_HEADER, revision)
                .header("Content-Disposition", "attachment; filename=\"multivector-" + fileName + "\"")
                .build();
    }
}
