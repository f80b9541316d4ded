package org.multivector.source;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.multivector.persistence.Batch;
import org.multivector.persistence.KnowledgeEntity;

@Entity
@Type("Source")
@Description("A source document. Every fact quotes a passage of one.")
public class Source extends KnowledgeEntity {

    @NonNull
    @Description("Title of the document.")
    public String title;

    @Description("Who published it: \"Emerging Europe\".")
    public String publisher;

    @Description("Section or rubric it appeared in: \"Opinion\".")
    public String section;

    @NonNull
    @Column(name = "text_content")
    @Description("The full original text, byte for byte. Evidence offsets index into it.")
    public String text;

    public static Source create(String title, String publisher, String section, String text) {
        Source source = new Source();
        source.title = title;
        source.publisher = publisher;
        source.section = section;
        source.text = text;
        return source;
    }

    public static List<Source> listByIds(Collection<Long> ids) {
        return Batch.list(Source.class, "id", ids);
    }

    public static Optional<Source> findByTitle(String title) {
        return find("title", title).firstResultOptional();
    }

    public static List<Source> listInOrder() {
        return list("order by id");
    }
}
