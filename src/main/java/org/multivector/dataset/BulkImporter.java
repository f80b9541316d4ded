package org.multivector.dataset;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.multivector.actor.ActorName;
import org.multivector.config.MultivectorConfig;
import org.multivector.errors.ApiException;
import org.multivector.evidence.Evidence;
import org.multivector.evidence.MentionFinder;
import org.multivector.fact.FactWriter;
import org.multivector.fact.Mentions;
import org.multivector.persistence.ChangeAuthor;
import org.multivector.source.Source;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Imports dataset files of any size: the file is streamed, and its entries are written in
 * chunks of {@code multivector.import.chunk-size}, one transaction each, with the rows of each
 * table inserted in JDBC batches. An entry that breaks a rule is refused, with its line and the
 * reason, and the rest of its chunk is written without it. Transactions are begun here, per
 * chunk, rather than declared on the class, because one import commits many of them.
 */
@ApplicationScoped
public class BulkImporter {

    private static final Logger LOG = Logger.getLogger(BulkImporter.class);

    @Inject
    MultivectorConfig config;

    /** Imports the file; its revisions are made by {@code import:<file name>}. */
    public ImportReport importFile(DatasetReader reader) {
        String location = reader.location();
        String author = ChangeAuthor.importOf(
                location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\')) + 1));
        try (ChangeAuthor.Scope scope = ChangeAuthor.as(author)) {
            return importAll(reader, author);
        }
    }

    private ImportReport importAll(DatasetReader reader, String author) {
        Run run = new Run(reader, config.importing().chunkSize(), new WrittenNames(author));
        try {
            String unreadable = null;
            try {
                reader.stream(run::accept);
            } catch (DatasetException e) {
                // The file cannot be read on: what was read before the problem is still written.
                unreadable = e.getMessage();
            }
            run.writeChunk();
            if (unreadable != null) {
                run.report.stop(unreadable);
            }
        } catch (ChunkNotWritten e) {
            run.report.stop(e.getMessage());
        }
        run.namesWritten.forget();
        try {
            findMentions(run.writtenSourceIds, run.writtenActorIds, config.importing().mentionsPerTransaction());
        } catch (RuntimeException failure) {
            LOG.error("Import: finding the mentions of what it wrote failed", failure);
            run.report.stop("the entries are loaded, but finding the mentions of their actors failed (the service"
                    + " log has the cause); importing the file again into a fresh database finds them");
        }
        return run.report;
    }

    /**
     * Finds the mentions of what the committed chunks wrote, once all their actors are written:
     * the sources that were there before are read for the names of the written actors, and the
     * written sources for every actor's names. Sources are read a batch at a time, and their
     * mentions written in windows of about {@code multivector.import.mentions-per-transaction}.
     */
    private static void findMentions(Set<Long> writtenSourceIds, Set<Long> writtenActorIds,
            int mentionsPerTransaction) {
        if (writtenSourceIds.isEmpty() && writtenActorIds.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        // Earlier sources first: an actor's mentions are then recorded in the order of their sources.
        if (!writtenActorIds.isEmpty()) {
            List<Long> earlierSourceIds = QuarkusTransaction.requiringNew().call(() -> Source.findAllIds()).stream()
                    .filter(id -> !writtenSourceIds.contains(id)).toList();
            if (!earlierSourceIds.isEmpty()) {
                MentionFinder newNames = QuarkusTransaction.requiringNew()
                        .call(() -> MentionFinder.of(ActorName.findNamesOf(writtenActorIds)));
                // an import only adds actors: they have no mentions in these sources yet
                inWindows(earlierSourceIds, newNames, mentionsPerTransaction);
            }
        }
        if (!writtenSourceIds.isEmpty()) {
            MentionFinder everyName = QuarkusTransaction.requiringNew()
                    .call(() -> MentionFinder.of(ActorName.findAllNames()));
            // the written sources are new: they hold no mentions yet
            inWindows(List.copyOf(writtenSourceIds), everyName, mentionsPerTransaction);
        }
        LOG.infof("Found the mentions of %d sources and %d actors in %d ms", writtenSourceIds.size(),
                writtenActorIds.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The mentions found in a window of sources, up to the batch that reaches {@code size}, are
     * written in one transaction, in actor order: each window then sweeps the (actor, id) index
     * once, where writing them source by source touched pages all over it (measured in
     * bench/RESULTS.md), and the window bounds what is held in memory. The sources hold no
     * mentions of the finder's actors yet.
     */
    private static void inWindows(List<Long> sourceIds, MentionFinder finder, int size) {
        List<Evidence> found = new ArrayList<>();
        for (List<Long> batch : Mentions.batches(sourceIds)) {
            found.addAll(QuarkusTransaction.requiringNew().call(() -> Mentions.findIn(batch, finder)));
            if (found.size() >= size) {
                QuarkusTransaction.requiringNew().run(() -> Mentions.writeInActorOrder(found));
                found.clear();
            }
        }
        if (!found.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> Mentions.writeInActorOrder(found));
        }
    }

    /** One import: its report, its current chunk and what its committed chunks wrote. */
    private static final class Run {
        final ImportReport report = new ImportReport();
        final DatasetReader reader;
        final int chunkSize;
        final List<DatasetEntry> chunk = new ArrayList<>();
        final Set<Long> writtenSourceIds = new LinkedHashSet<>();
        final Set<Long> writtenActorIds = new LinkedHashSet<>();
        final WrittenNames namesWritten;
        FactWriter.Written written = new FactWriter.Written();

        Run(DatasetReader reader, int chunkSize, WrittenNames namesWritten) {
            this.reader = reader;
            this.chunkSize = chunkSize;
            this.namesWritten = namesWritten;
        }

        void accept(DatasetEntry entry) {
            if (!entry.readable()) {
                report.refuse(entry.line(), entry.problem());
                return;
            }
            // A chunk holds entries of one list only, so that its rows are inserted table by table.
            if (!chunk.isEmpty() && (chunk.size() >= chunkSize || chunk.get(0).section() != entry.section())) {
                writeChunk();
            }
            chunk.add(entry);
        }

        /**
         * Writes the chunk. When an entry is refused, the entries before it are written in a
         * transaction of their own, and then those after it: each refusal costs one rerun.
         */
        void writeChunk() {
            Deque<List<DatasetEntry>> toWrite = new ArrayDeque<>();
            toWrite.push(List.copyOf(chunk));
            chunk.clear();
            while (!toWrite.isEmpty()) {
                List<DatasetEntry> entries = toWrite.pop();
                if (entries.isEmpty()) {
                    continue;
                }
                Attempt attempt = attemptTwice(entries);
                if (attempt.refusedIndex() < 0) {
                    entries.forEach(report::load);
                    written = attempt.written();
                    writtenSourceIds.addAll(attempt.store().writtenSourceIds());
                    writtenActorIds.addAll(attempt.store().writtenActorIds());
                    namesWritten.addAll(attempt.store().addedNames());
                    continue;
                }
                DatasetEntry refused = entries.get(attempt.refusedIndex());
                report.refuse(refused.line(), "line " + refused.line() + ": " + attempt.problem());
                toWrite.push(entries.subList(attempt.refusedIndex() + 1, entries.size()));
                toWrite.push(entries.subList(0, attempt.refusedIndex()));
            }
        }

        /**
         * A chunk that fails other than by a refusal (another writer took a name, or deleted or
         * renamed an actor whose name the chunk found, meanwhile) is read afresh once, every name
         * it mentions looked up in the database.
         */
        private Attempt attemptTwice(List<DatasetEntry> entries) {
            try {
                return attempt(entries, true);
            } catch (RuntimeException firstFailure) {
                LOG.warnf("Retrying the entries %s once: %s", span(entries), firstFailure.toString());
                try {
                    return attempt(entries, false);
                } catch (RuntimeException failure) {
                    LOG.error("Import stopped: the database refused the entries " + span(entries), failure);
                    throw new ChunkNotWritten("the database refused the entries " + span(entries)
                            + ", twice; the entries before " + entries.get(0).path()
                            + " are loaded, none from it on (the service log has the cause)");
                }
            }
        }

        private Attempt attempt(List<DatasetEntry> entries, boolean namesFromMemory) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    ChunkStore store = ChunkStore.forEntries(entries,
                            namesFromMemory ? namesWritten.stillValid() : Map.of());
                    FactWriter.Written chunkWritten = written.copy();
                    EntryWriter writer = new EntryWriter(new FactWriter(store, chunkWritten), reader::readText);
                    for (int i = 0; i < entries.size(); i++) {
                        try {
                            writer.write(entries.get(i));
                        } catch (ApiException | DatasetException refusal) {
                            // Leaving by an exception rolls the chunk back.
                            throw new EntryRefused(i, refusal.getMessage());
                        }
                    }
                    store.persistPending();
                    return new Attempt(-1, null, chunkWritten, store);
                });
            } catch (EntryRefused refused) {
                return new Attempt(refused.index, refused.getMessage(), null, null);
            }
        }

        /**
         * The entries by path and line: {@code relations[3000] to relations[3999] (lines 9001 to
         * 11997)}. The path places an entry where the line cannot: in a file written on one line.
         */
        private static String span(List<DatasetEntry> entries) {
            DatasetEntry first = entries.get(0);
            DatasetEntry last = entries.get(entries.size() - 1);
            if (first == last) {
                return first.path() + " (line " + first.line() + ")";
            }
            return first.path() + " to " + last.path() + " (lines " + first.line() + " to " + last.line() + ")";
        }
    }

    /** How writing a chunk went: every entry written, or the first one refused and why. */
    private record Attempt(int refusedIndex, String problem, FactWriter.Written written, ChunkStore store) {
    }

    private static final class EntryRefused extends RuntimeException {
        final int index;

        EntryRefused(int index, String problem) {
            super(problem, null, false, false);
            this.index = index;
        }
    }

    private static final class ChunkNotWritten extends RuntimeException {
        ChunkNotWritten(String message) {
            super(message, null, false, false);
        }
    }
}
