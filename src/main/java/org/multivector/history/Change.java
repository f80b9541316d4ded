package org.multivector.history;

import java.time.ZoneOffset;
import java.util.Locale;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.multivector.persistence.ChangeOperation;

@Type("Change")
@Description("One record's change in one revision.")
public class Change {

    @NonNull
    @Description("The revision that made the change: numbers only grow, in the order writes committed.")
    public final int revision;

    @NonNull
    @Description("When the revision committed: an ISO-8601 instant (UTC).")
    public final String at;

    @NonNull
    @Description("Who made it: `editor` (a mutation), `seed`, or `import:<file name>` (a bulk import).")
    public final String by;

    @NonNull
    @Description("Whether the record was created, updated or deleted.")
    public final ChangeOperation operation;

    @NonNull
    @Description("The record's GraphQL type: Actor, Source, Membership, PunitiveMeasure, Relation or Event.")
    public final String entity;

    @NonNull
    @Id
    @Description("The record's id.")
    public final String entityId;

    @NonNull
    @Description("One line: \"Membership Kazakhstan → BRICS (DECLINED) created\".")
    public final String summary;

    @Description("The record after the change (before it, for a delete) as an entry of the import format, in JSON;"
            + " quotes name their source by `sourceId`. Null for a record deleted before history was kept.")
    public final String state;

    /** Where this change stands in the feed: the cursor of `changes`. */
    final long position;

    Change(ChangeRecord record, Revision revision) {
        this.revision = Math.toIntExact(record.revision);
        this.at = revision.writtenAt.toInstant(ZoneOffset.UTC).toString();
        this.by = revision.author;
        this.operation = record.operation;
        this.entity = record.entity;
        this.entityId = Long.toString(record.entityId);
        this.summary = record.label + " " + record.operation.name().toLowerCase(Locale.ROOT);
        this.state = record.state;
        this.position = record.id;
    }
}
