package org.multivector.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.graphql.GraphQLApi;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering rules of the code under a root package: the service's own, {@code org.multivector},
 * and the deliberately broken fixtures' ({@link ArchitectureRulesFailTest}).
 * <ol>
 * <li>Infrastructure, small packages named for what they hold: errors, config, paging,
 * persistence, input checks, the HTTP guard, security, the engine layer, common helpers.</li>
 * <li>Features: each with its entity, its GraphQL queries and its read service.</li>
 * <li>The write model, {@code fact}: the domain's write rules.</li>
 * <li>Entry points: the GraphQL mutations, the dataset imports and exports, the main class.</li>
 * </ol>
 */
final class ArchitectureRules {

    static final String[] INFRASTRUCTURE = { "common", "config", "engine", "errors", "http", "input", "paging",
            "persistence", "security", "warmup" };
    static final String[] FEATURES = { "actor", "event", "evidence", "history", "measure", "membership", "relation",
            "search", "source" };

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    /** No two top-level packages depend on each other, however indirectly. */
    ArchRule noCycles() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** Each layer uses only the ones below it. */
    ArchRule layers() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Infrastructure").definedBy(packages(INFRASTRUCTURE))
                .layer("Features").definedBy(packages(FEATURES))
                .layer("Write model").definedBy(root + ".fact..")
                .layer("Entry points")
                .definedBy(root, root + ".mutation..", root + ".dataset..", root + ".export..")
                .whereLayer("Entry points").mayNotBeAccessedByAnyLayer()
                .whereLayer("Write model").mayOnlyBeAccessedByLayers("Entry points")
                .whereLayer("Features").mayOnlyBeAccessedByLayers("Write model", "Entry points");
    }

    /** The import format and its readers sit on top of the write model, never under a feature. */
    ArchRule featuresDoNotUseDatasets() {
        return noClasses().that().resideInAnyPackage(packages(FEATURES))
                .should().dependOnClassesThat().resideInAPackage(root + ".dataset..");
    }

    /** SmallRye's and graphql-java's execution internals are the engine layer's business alone. */
    ArchRule onlyTheEngineTouchesExecutionInternals() {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".engine..")
                .should().dependOnClassesThat().resideInAnyPackage("io.smallrye.graphql.execution..",
                        "io.smallrye.graphql.bootstrap..", "graphql.execution..");
    }

    /** Lucene is the search package's business alone: the one place to change to move search to OpenSearch. */
    ArchRule onlySearchUsesLucene() {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".search..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..");
    }

    /** Entities are the model; the GraphQL API classes read and write them, never the other way round. */
    ArchRule entitiesDoNotUseGraphQLApis() {
        return noClasses().that().areAnnotatedWith(Entity.class).and().resideInAPackage(root + "..")
                .should().dependOnClassesThat().areAnnotatedWith(GraphQLApi.class);
    }

    /**
     * SQL of its own (a native query) is the persistence package's and the entities' business:
     * the tables beyond an entity's own, such as the history's, are read and written there alone.
     */
    ArchRule nativeSqlStaysInPersistence() {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".persistence..")
                .and().areNotAnnotatedWith(Entity.class)
                .should().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("createNativeQuery"))
                        .and(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                                JavaClass.Predicates.assignableTo(EntityManager.class)))));
    }

    /**
     * Hibernate's internals (the session's persistence context, entity persisters) are the
     * persistence package's business alone: the one place to mend when Hibernate changes them.
     */
    ArchRule hibernateInternalsStayInPersistence() {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate.engine..", "org.hibernate.persister..",
                        "org.hibernate.internal..");
    }

    private String[] packages(String[] names) {
        String[] packages = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            packages[i] = root + "." + names[i] + "..";
        }
        return packages;
    }
}
