package org.multivector.measure;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("MeasureStatus")
@Description("Whether a punitive measure happened.")
public enum MeasureStatus {
    @Description("In force or carried out.")
    IMPOSED,
    @Description("Announced or threatened, not carried out.")
    THREATENED,
    @Description("Imposed, then lifted.")
    LIFTED,
    @Description("Neither imposed nor threatened: a possibility the source considers.")
    SPECULATED
}
