package org.multivector.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.multivector.fact.Drafts;

/** What an import loaded, what it refused and why, by line, and where it stopped if it could not go on. */
public final class ImportReport {

    /** Refusals kept with their reasons; beyond these they are only counted. */
    static final int LISTED_REFUSALS = 1000;

    /** @param line the line the refused entry starts on; {@code problem} names it and what is wrong */
    public record Refusal(int line, String problem) {
    }

    private final Map<DatasetSection, Integer> loaded = new EnumMap<>(DatasetSection.class);
    private final List<Refusal> refusals = new ArrayList<>();
    private int quotes;
    private int refused;
    private String stop;

    public int loaded(DatasetSection section) {
        return loaded.getOrDefault(section, 0);
    }

    /** The quotes of the loaded facts. */
    public int quotes() {
        return quotes;
    }

    /** How many entries were refused; {@link #refusals()} lists the first {@value #LISTED_REFUSALS}. */
    public int refused() {
        return refused;
    }

    public List<Refusal> refusals() {
        return Collections.unmodifiableList(refusals);
    }

    /** Why the import stopped before the end of the file, if it did. */
    public Optional<String> stop() {
        return Optional.ofNullable(stop);
    }

    /** Whether every entry of the file was loaded. */
    public boolean complete() {
        return refused == 0 && stop == null;
    }

    void load(DatasetEntry entry) {
        loaded.merge(entry.section(), 1, Integer::sum);
        if (entry.value() instanceof Dataset.Evidenced fact) {
            quotes += Drafts.orEmpty(fact.evidence()).size();
        }
    }

    void refuse(int line, String problem) {
        refused++;
        if (refusals.size() < LISTED_REFUSALS) {
            refusals.add(new Refusal(line, problem));
        }
    }

    /** Records why the import stopped short; a second reason is added to the first. */
    void stop(String reason) {
        stop = stop == null ? reason : stop + "; " + reason;
    }

    /** The whole report, one refusal per line, as the import command prints it. */
    public String describe() {
        StringBuilder text = new StringBuilder("Loaded ").append(this).append('\n');
        refusals.stream()
                .sorted((a, b) -> Integer.compare(a.line(), b.line()))
                .forEach(refusal -> text.append("Refused ").append(refusal.problem()).append('\n'));
        if (refused > refusals.size()) {
            text.append("... and ").append(refused - refusals.size()).append(" more refused entries\n");
        }
        if (stop != null) {
            text.append("Stopped: ").append(stop).append('\n');
        }
        return text.toString();
    }

    @Override
    public String toString() {
        String counts = loaded.isEmpty() ? "nothing" : loaded.entrySet().stream()
                .map(count -> count.getValue() + " " + count.getKey().field())
                .collect(Collectors.joining(", "));
        return counts + " (" + quotes + " quotes); " + refused + " entries refused";
    }
}
