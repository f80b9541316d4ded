package org.multivector.history;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.multivector.persistence.Batch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A committed write: its number, when (UTC) and by whom. Written by the persistence layer's revision log. */
@Entity
@Table(name = "revision")
public class Revision extends PanacheEntityBase {

    @Id
    public Long number;

    @Column(name = "written_at")
    public LocalDateTime writtenAt;

    public String author;

    /** These revisions, by number. */
    public static Map<Long, Revision> findByNumbers(Collection<Long> numbers) {
        Map<Long, Revision> revisions = new HashMap<>();
        if (!numbers.isEmpty()) {
            Batch.IdCondition numberIn = Batch.in("number", numbers);
            Revision.<Revision> list(numberIn.hql(), numberIn.parameters())
                    .forEach(revision -> revisions.put(revision.number, revision));
        }
        return revisions;
    }

    /** The latest committed revision's number, 0 before the first. */
    public static long latest() {
        Long latest = getEntityManager().createQuery("select max(number) from Revision", Long.class).getSingleResult();
        return latest == null ? 0 : latest;
    }
}
