package org.multivector.evidence;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.multivector.errors.InvalidArgumentException;

@Enum("Certainty")
@Description("How strongly the source states a claim.")
public enum Certainty {
    @Description("The source states it as fact.")
    ASSERTED,
    @Description("The source's own judgement or likelihood: \"likely\", \"seems\", \"probably\".")
    ASSESSED,
    @Description("A view the source attributes to others: \"is regarded as\", \"observers expected\".")
    REPORTED,
    @Description("A possible or conditional course of events: \"could\", \"would\", \"if\", \"may\".")
    HYPOTHETICAL;

    /** The description of every {@code certainty} filter argument. */
    public static final String FILTER = "Only claims stated with one of these certainties; all when omitted.";

    /**
     * The values of a {@code certainty} filter: null for all, else a list of at least one
     * certainty. (The argument is {@code [Certainty]}, not {@code [Certainty!]}: SmallRye GraphQL
     * 2.17 would declare {@code List<@NonNull Certainty>} as a required {@code [Certainty!]!},
     * smallrye-graphql#753; so the nulls a list may hold are refused here.)
     */
    public static Collection<Certainty> filter(Collection<Certainty> values, String argument) {
        if (values != null && values.isEmpty()) {
            throw new InvalidArgumentException("Argument '" + argument
                    + "' lists no certainty: give at least one, or leave it out for all");
        }
        if (values != null && values.stream().anyMatch(Objects::isNull)) {
            throw new InvalidArgumentException("Argument '" + argument + "' holds null: list certainties only ("
                    + Arrays.toString(values()) + ")");
        }
        return values;
    }
}
