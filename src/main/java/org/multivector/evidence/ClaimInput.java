package org.multivector.evidence;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;

/** How the source states a fact to write: the fields every fact input shares. */
public abstract class ClaimInput {

    @Description("How strongly the source states it; ASSERTED when omitted, and HYPOTHETICAL for a "
            + "SPECULATED punitive measure (and only for one).")
    public Certainty certainty;

    @Size(max = 500)
    @Description("Whose view an ASSESSED, REPORTED or HYPOTHETICAL claim is, in the source's words; "
            + "omitted: the source's author.")
    public String attributedTo;
}
