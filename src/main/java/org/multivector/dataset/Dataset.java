package org.multivector.dataset;

import java.util.List;

import org.multivector.actor.ActorKind;
import org.multivector.evidence.Certainty;
import org.multivector.fact.Drafts.ActorDraft;
import org.multivector.fact.Drafts.ClaimDraft;
import org.multivector.fact.Drafts.EventDraft;
import org.multivector.fact.Drafts.MeasureDraft;
import org.multivector.fact.Drafts.MembershipDraft;
import org.multivector.fact.Drafts.QuoteDraft;
import org.multivector.fact.Drafts.RelationDraft;
import org.multivector.measure.MeasureKind;
import org.multivector.measure.MeasureStatus;
import org.multivector.membership.MembershipStatus;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The import format (YAML or JSON): lists of sources, the actors they name and the facts they
 * state (the {@link DatasetSection}s), each fact with verbatim quotes. The importer finds every
 * quote's offsets itself. These are the entries of the lists.
 */
public final class Dataset {

    private Dataset() {
    }

    /**
     * A source document. {@code key} names it in evidence (defaults to the title); its text is
     * given inline or as {@code textFile}, a path relative to the dataset file.
     */
    @RegisterForReflection
    public record SourceEntry(String key, String title, String publisher, String section, String text,
            String textFile) {
    }

    @RegisterForReflection
    public record ActorEntry(String name, ActorKind kind, List<String> aliases, String description) {

        ActorDraft toDraft() {
            return new ActorDraft(name, kind, aliases, description);
        }
    }

    /**
     * A quote: either the plain quoted text, or an object naming the source (by key or title of
     * this dataset, or by the id of a stored source; required when the dataset has several) and,
     * for a passage that occurs more than once, its start offset.
     */
    @RegisterForReflection
    public record Quote(String source, Long sourceId, String quote, Integer start) {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Quote of(String quote) {
            return new Quote(null, null, quote, null);
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public static Quote of(@JsonProperty("source") String source, @JsonProperty("sourceId") Long sourceId,
                @JsonProperty("quote") String quote, @JsonProperty("start") Integer start) {
            return new Quote(source, sourceId, quote, start);
        }

        QuoteDraft toDraft() {
            return new QuoteDraft(source, sourceId, quote, start);
        }
    }

    /** An entry that states a fact, with its quotes. */
    public interface Evidenced {
        List<Quote> evidence();
    }

    @RegisterForReflection
    public record EventEntry(String name, String kind, String date, String place, List<String> participants,
            Certainty certainty, String attributedTo, List<Quote> evidence) implements Evidenced {

        EventDraft toDraft() {
            return new EventDraft(name, kind, date, place, participants, new ClaimDraft(certainty, attributedTo),
                    drafts(evidence));
        }
    }

    @RegisterForReflection
    public record MembershipEntry(String member, String organisation, MembershipStatus status, String since,
            String until, Certainty certainty, String attributedTo, List<Quote> evidence) implements Evidenced {

        MembershipDraft toDraft() {
            return new MembershipDraft(member, organisation, status, since, until,
                    new ClaimDraft(certainty, attributedTo), drafts(evidence));
        }
    }

    /** {@code trigger} names an event of this dataset or of the database. */
    @RegisterForReflection
    public record MeasureEntry(String imposer, String target, MeasureKind kind, MeasureStatus status, String summary,
            String scope, String statedReason, String assessedMotive, String trigger, String date,
            Certainty certainty, String attributedTo, List<Quote> evidence) implements Evidenced {

        MeasureDraft toDraft() {
            return new MeasureDraft(imposer, target, kind, status, summary, scope, statedReason, assessedMotive, trigger,
                    date, new ClaimDraft(certainty, attributedTo), drafts(evidence));
        }
    }

    @RegisterForReflection
    public record RelationEntry(String subject, String type, String object, Certainty certainty,
            String attributedTo, List<Quote> evidence) implements Evidenced {

        RelationDraft toDraft() {
            return new RelationDraft(subject, type, object, new ClaimDraft(certainty, attributedTo), drafts(evidence));
        }
    }

    /** The quotes as the write model takes them; a missing list stays missing, for its rule to name. */
    private static List<QuoteDraft> drafts(List<Quote> quotes) {
        return quotes == null ? null : quotes.stream().map(quote -> quote == null ? null : quote.toDraft()).toList();
    }
}
