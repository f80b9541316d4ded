package org.multivector.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.multivector.engine.GraphQLSetup;
import org.multivector.fact.Facts;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The service's code keeps the layering of {@link ArchitectureRules}. */
class ArchitectureTest {

    private static final ArchitectureRules RULES = new ArchitectureRules("org.multivector");

    private static JavaClasses service;

    @BeforeAll
    static void importService() {
        service = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.multivector");
        // a rule over no classes proves nothing
        assertTrue(service.contain(Facts.class) && service.contain(GraphQLSetup.class)
                && service.size() > 100, "the service's classes are imported: " + service.size());
    }

    @Test
    void packagesHaveNoCycles() {
        RULES.noCycles().check(service);
    }

    @Test
    void eachLayerUsesOnlyTheOnesBelowIt() {
        RULES.layers().check(service);
    }

    @Test
    void featuresDoNotUseDatasets() {
        RULES.featuresDoNotUseDatasets().check(service);
    }

    @Test
    void onlyTheEngineTouchesExecutionInternals() {
        RULES.onlyTheEngineTouchesExecutionInternals().check(service);
    }

    @Test
    void onlySearchUsesLucene() {
        RULES.onlySearchUsesLucene().check(service);
    }

    @Test
    void nativeSqlStaysInPersistence() {
        RULES.nativeSqlStaysInPersistence().check(service);
    }

    @Test
    void hibernateInternalsStayInPersistence() {
        RULES.hibernateInternalsStayInPersistence().check(service);
    }

    @Test
    void entitiesDoNotUseGraphQLApis() {
        RULES.entitiesDoNotUseGraphQLApis().check(service);
    }
}
