package org.multivector.engine;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a batch field that is the entity whose id its parent holds in {@link #idField()}, such as
 * a measure's imposer. The engine set-up serves every such field from one DataLoader per entity
 * type, keyed by id ({@link EntityLookup}), so the imposers and targets of a page are read with
 * one query, and an entity already read for the request is not read again. The method's body
 * stays the plain definition of the field (and what SmallRye alone would run).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Reference {

    /** The public field of the parent that holds the referenced entity's id. */
    String idField();
}
