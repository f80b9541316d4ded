package org.multivector.search;

/**
 * The indexed texts, each a field of the index, with how much a match in it weighs and the name
 * {@code SearchResult.field} reports. The weights put a canonical name above an alias, an alias
 * above a fact's own texts and a description, those above a quote, and a quote above a passage
 * that merely mentions an actor; within a field a whole word counts {@link SearchText#WHOLE},
 * a prefix {@link SearchText#PREFIX} and a misspelling {@link SearchText#FUZZY}. Misspellings
 * are looked for in names only, where analysts mistype and where the vocabulary is small.
 */
enum SearchField {
    NAME("name", "name", 10f, true),
    ALIAS("alias", "alias", 8f, true),
    EVENT_NAME("eventName", "name", 7f, true),
    SUMMARY("summary", "summary", 4.5f, false),
    SCOPE("scope", "scope", 4f, false),
    STATED_REASON("statedReason", "statedReason", 4f, false),
    ASSESSED_MOTIVE("assessedMotive", "assessedMotive", 4f, false),
    RELATION_TYPE("relationType", "type", 3.5f, false),
    DESCRIPTION("description", "description", 3f, false),
    QUOTE("quote", "quote", 2f, false),
    MENTION("mention", "quote", 1.5f, false);

    /** The field of the index. */
    final String indexName;
    /** What {@code SearchResult.field} says matched. */
    final String label;
    final float weight;
    final boolean fuzzy;

    SearchField(String indexName, String label, float weight, boolean fuzzy) {
        this.indexName = indexName;
        this.label = label;
        this.weight = weight;
        this.fuzzy = fuzzy;
    }
}
