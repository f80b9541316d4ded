package org.multivector.dataset;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Records that a start-up dataset was imported, so that no restart imports it again. */
@Entity
@Table(name = "dataset_import")
public class DatasetImport extends PanacheEntityBase {

    @Id
    public String name;

    @Column(name = "imported_at")
    public Instant importedAt;

    public static boolean isImported(String name) {
        return count("name", name) > 0;
    }

    public static DatasetImport of(String name) {
        DatasetImport record = new DatasetImport();
        record.name = name;
        record.importedAt = Instant.now();
        return record;
    }
}
