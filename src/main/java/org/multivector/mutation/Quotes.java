package org.multivector.mutation;

import java.util.ArrayList;
import java.util.List;

import org.multivector.evidence.EvidenceInput;
import org.multivector.fact.Drafts.QuoteDraft;
import org.multivector.input.Ids;

/** The evidence of a mutation's input as the write model takes it. */
final class Quotes {

    private Quotes() {
    }

    /** The quotes of {@code input.evidence}; a malformed source id is reported with its field's path. */
    static List<QuoteDraft> of(List<EvidenceInput> evidence) {
        List<QuoteDraft> quotes = new ArrayList<>(evidence.size());
        for (int i = 0; i < evidence.size(); i++) {
            EvidenceInput quote = evidence.get(i);
            long sourceId = Ids.parseField(quote.sourceId, "input.evidence[" + i + "].sourceId");
            quotes.add(new QuoteDraft(null, sourceId, quote.quote, quote.start));
        }
        return quotes;
    }
}
