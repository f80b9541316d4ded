package org.multivector.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Each rule of {@link ArchitectureRules} fails on code that does what it forbids: small fixture
 * classes under the root package {@code fixture}, compiled here rather than kept among the test
 * classes, where Quarkus would take their entity for one of the service's.
 */
class ArchitectureRulesFailTest {

    private static final ArchitectureRules RULES = new ArchitectureRules("fixture");

    /** Fixture sources by class name: each breaks one rule. */
    private static final Map<String, String> FIXTURES = Map.of(
            // a cycle between two features
            "fixture.actor.Ally", """
                    package fixture.actor;
                    public class Ally { fixture.membership.Bloc bloc; }
                    """,
            "fixture.membership.Bloc", """
                    package fixture.membership;
                    public class Bloc { fixture.actor.Ally member; }
                    """,
            // infrastructure reaching up into a feature
            "fixture.paging.Page", """
                    package fixture.paging;
                    public class Page { fixture.source.Report first; }
                    """,
            "fixture.source.Report", """
                    package fixture.source;
                    public class Report { }
                    """,
            // a feature reading the import format
            "fixture.event.Summit", """
                    package fixture.event;
                    public class Summit { fixture.dataset.Entry entry; }
                    """,
            "fixture.dataset.Entry", """
                    package fixture.dataset;
                    public class Entry { }
                    """,
            // a feature reaching into SmallRye's execution internals
            "fixture.relation.Tie", """
                    package fixture.relation;
                    public class Tie { io.smallrye.graphql.execution.QueryCache cache; }
                    """,
            // an entity that knows a GraphQL API class
            "fixture.evidence.Quote", """
                    package fixture.evidence;
                    @jakarta.persistence.Entity
                    public class Quote { QuoteApi api; }
                    """,
            "fixture.evidence.QuoteApi", """
                    package fixture.evidence;
                    @org.eclipse.microprofile.graphql.GraphQLApi
                    public class QuoteApi { }
                    """,
            // an import reading the history's table with SQL of its own, and the session's internals
            "fixture.dataset.Loader", """
                    package fixture.dataset;
                    public class Loader {
                        Object latest(jakarta.persistence.EntityManager entities) {
                            return entities.createNativeQuery("select max(number) from revision").getSingleResult();
                        }
                        Object held(jakarta.persistence.EntityManager entities) {
                            return entities.unwrap(org.hibernate.engine.spi.SharedSessionContractImplementor.class)
                                    .getPersistenceContextInternal();
                        }
                    }
                    """);

    private static JavaClasses fixtures;

    @BeforeAll
    static void compileFixtures(@TempDir Path folder) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("-d", folder.resolve("classes").toString(),
                "-classpath", System.getProperty("java.class.path"), "-proc:none"));
        for (Map.Entry<String, String> fixture : FIXTURES.entrySet()) {
            Path source = folder.resolve("sources").resolve(fixture.getKey().replace('.', '/') + ".java");
            Files.createDirectories(source.getParent());
            Files.writeString(source, fixture.getValue());
            arguments.add(source.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, arguments.toArray(String[]::new)), "the fixtures compile");
        fixtures = new ClassFileImporter().importPath(folder.resolve("classes"));
        assertEquals(FIXTURES.size(), fixtures.size());
    }

    @Test
    void aCycleBetweenFeaturesFails() {
        assertViolated(RULES.noCycles(), "Ally", "Bloc");
    }

    @Test
    void infrastructureUsingAFeatureFails() {
        assertViolated(RULES.layers(), "Page", "Report");
    }

    @Test
    void aFeatureUsingDatasetsFails() {
        assertViolated(RULES.featuresDoNotUseDatasets(), "Summit", "Entry");
    }

    @Test
    void executionInternalsOutsideTheEngineFail() {
        assertViolated(RULES.onlyTheEngineTouchesExecutionInternals(), "Tie", "QueryCache");
    }

    @Test
    void anEntityUsingAGraphQLApiFails() {
        assertViolated(RULES.entitiesDoNotUseGraphQLApis(), "Quote", "QuoteApi");
    }

    @Test
    void nativeSqlOutsidePersistenceFails() {
        assertViolated(RULES.nativeSqlStaysInPersistence(), "Loader", "createNativeQuery");
    }

    @Test
    void hibernateInternalsOutsidePersistenceFail() {
        assertViolated(RULES.hibernateInternalsStayInPersistence(), "Loader", "SharedSessionContractImplementor");
    }

    /** The rule fails on the fixtures, and its report names both ends of the forbidden dependency. */
    private static void assertViolated(ArchRule rule, String from, String to) {
        AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(fixtures));
        assertTrue(failure.getMessage().contains(from) && failure.getMessage().contains(to), failure.getMessage());
    }
}
