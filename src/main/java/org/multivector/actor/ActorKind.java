package org.multivector.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ActorKind")
@Description("What sort of actor this is.")
public enum ActorKind {
    @Description("A sovereign state: Kazakhstan, Russia.")
    STATE,
    @Description("A bloc, alliance or international organisation: BRICS, the CSTO.")
    ORGANISATION,
    @Description("A person: a head of state or another leader.")
    PERSON,
    @Description("A government or one of its institutions, often named by its seat: the Kremlin.")
    GOVERNMENT_BODY,
    @Description("A city.")
    CITY,
    @Description("A region, province or wider geographic area.")
    REGION
}
