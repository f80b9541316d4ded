package org.multivector.fact;

import java.util.List;

import org.multivector.actor.ActorKind;
import org.multivector.evidence.Certainty;
import org.multivector.measure.MeasureKind;
import org.multivector.measure.MeasureStatus;
import org.multivector.membership.MembershipStatus;

/**
 * What a write asks for, as the write model takes it from the GraphQL mutations and the imports
 * alike: actors, events and sources are named as a person names them, and every fact carries the
 * passages that state it. {@link FactWriter} checks each against the domain's rules.
 */
public final class Drafts {

    private Drafts() {
    }

    /** A source document; {@code key} names it in the quotes of the same import (the title when null). */
    public record SourceDraft(String key, String title, String publisher, String section, String text) {
    }

    public record ActorDraft(String name, ActorKind kind, List<String> aliases, String description) {
    }

    /**
     * A passage of a source that states a fact: the source by its id, or by the key or title of
     * a source of the same import or the database; none where the import has exactly one source.
     * {@code start} picks one occurrence of a passage that occurs more than once.
     */
    public record QuoteDraft(String source, Long sourceId, String quote, Integer start) {
    }

    /**
     * How the source states a fact: {@code certainty} null for the default (ASSERTED; HYPOTHETICAL
     * for a speculated measure), {@code attributedTo} whose view it is, null for the source's author.
     */
    public record ClaimDraft(Certainty certainty, String attributedTo) {

        /** The defaults: the certainty its kind of fact has by default, no attribution. */
        public static final ClaimDraft DEFAULT = new ClaimDraft(null, null);
    }

    public record EventDraft(String name, String kind, String date, String place, List<String> participants,
            ClaimDraft claim, List<QuoteDraft> evidence) {
    }

    public record MembershipDraft(String member, String organisation, MembershipStatus status, String since,
            String until, ClaimDraft claim, List<QuoteDraft> evidence) {
    }

    /** {@code trigger} names an event of the same import or of the database. */
    public record MeasureDraft(String imposer, String target, MeasureKind kind, MeasureStatus status, String summary,
            String scope, String statedReason, String assessedMotive, String trigger, String date, ClaimDraft claim,
            List<QuoteDraft> evidence) {
    }

    public record RelationDraft(String subject, String type, String object, ClaimDraft claim,
            List<QuoteDraft> evidence) {
    }

    /** The list, or an empty one for a list the draft leaves out. */
    public static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
