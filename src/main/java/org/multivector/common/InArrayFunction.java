package org.multivector.common;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * The HQL condition {@code in_array(property, ?1)}: the property's value is an element of the array
 * bound to {@code ?1} ({@link Batch#idArray}). It is written {@code column = any(?)}, which H2 and
 * PostgreSQL both answer from the index on the column. Batch queries use it instead of an IN list:
 * Hibernate does not cache the translation of a list parameter, and binding one parameter per id
 * took a tenth of the time of a nested query (fix 15 in bench/RESULTS.md); an array is one
 * parameter and one query shape, whatever the number of ids.
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
