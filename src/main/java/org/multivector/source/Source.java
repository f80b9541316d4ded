package org.multivector.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.TypedQuery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.multivector.persistence.Batch;
import org.multivector.persistence.KnowledgeEntity;
import org.multivector.persistence.Like;

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

    public static List<Source> listByIdsInOrder(Collection<Long> ids) {
        return Batch.listInIdOrder(Source.class, "id", ids);
    }

    public static Optional<Source> findByTitle(String title) {
        return find("title", title).firstResultOptional();
    }

    /** The ids of the sources whose text holds one of these strings (typographic apostrophes read as straight). */
    public static List<Long> findIdsContainingAny(Collection<String> texts) {
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            conditions.add("replace(s.text, '\u2019', '''') like :text" + i + " escape '\\'");
        }
        TypedQuery<Long> query = getEntityManager().createQuery(
                "select s.id from Source s where " + String.join(" or ", conditions) + " order by s.id", Long.class);
        int i = 0;
        for (String text : texts) {
            query.setParameter("text" + i++, Like.containing(text.replace('\u2019', '\'')));
        }
        return query.getResultList();
    }

    public static List<Long> findAllIds() {
        return getEntityManager().createQuery("select s.id from Source s order by s.id", Long.class).getResultList();
    }

    public static List<Source> listInOrder() {
        return list("order by id");
    }
}
