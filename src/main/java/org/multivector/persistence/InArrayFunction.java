package org.multivector.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * The HQL condition {@code in_array(property, ?1)}: the property's value is an element of the array
 * bound to {@code ?1}. It is written {@code column = any(?)}, which H2 answers from the index on
 * the column, as PostgreSQL understands it too. {@link Batch#in} uses it for more ids than an IN
 * list takes: an array is one parameter and one query shape whatever the number of ids, where an
 * IN list binds one parameter per id (fix 15 in bench/RESULTS.md).
 */
@PersistenceUnitExtension
@ApplicationScoped
public class InArrayFunction implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions.getFunctionRegistry().registerPattern("in_array", "(?1 = any(?2))",
                functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
    }
}
