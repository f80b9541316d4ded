package org.multivector.measure;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("MeasureKind")
@Description("What sort of punitive measure.")
public enum MeasureKind {
    @Description("A ban on imports from the target.")
    IMPORT_BAN,
    @Description("A ban on exports to the target.")
    EXPORT_BAN,
    @Description("A sanction: asset freezes, travel bans and the like.")
    SANCTION,
    @Description("A tariff or duty.")
    TARIFF,
    @Description("A diplomatic step: expulsions, recalled ambassadors, cut ties.")
    DIPLOMATIC,
    @Description("Military action or the threat of it.")
    MILITARY,
    @Description("Anything else.")
    OTHER
}
