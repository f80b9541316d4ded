package org.multivector.dataset;

/** What an import wrote. */
public record ImportReport(int sources, int actors, int events, int memberships, int punitiveMeasures, int relations,
        int evidence) {

    @Override
    public String toString() {
        return sources + " sources, " + actors + " actors, " + events + " events, " + memberships + " memberships, "
                + punitiveMeasures + " punitive measures, " + relations + " relations, " + evidence + " quotes";
    }
}
