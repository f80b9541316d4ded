package org.multivector.membership;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("MembershipStatus")
@Description("How an actor stands towards an organisation or bloc.")
public enum MembershipStatus {
    @Description("A full member.")
    MEMBER,
    @Description("A partner country or associate, short of membership.")
    PARTNER,
    @Description("Has applied to join.")
    APPLICANT,
    @Description("Holds observer status.")
    OBSERVER,
    @Description("Declined to join, or was expected to and did not.")
    DECLINED,
    @Description("Was a member and no longer is.")
    FORMER_MEMBER
}
