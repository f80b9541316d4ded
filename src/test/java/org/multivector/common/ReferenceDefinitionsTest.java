package org.multivector.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The engine serves {@link Reference} fields from a loader keyed by the id their annotation
 * names; the method body, the field's plain definition, must answer the same: for every parent
 * row of the seed, the entity whose id the parent holds.
 */
@QuarkusTest
class ReferenceDefinitionsTest {

    @Test
    void everyReferenceMethodAnswersTheEntityItsIdFieldNames() {
        List<String> checked = new ArrayList<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (!bean.getBeanClass().isAnnotationPresent(GraphQLApi.class)) {
                continue;
            }
            Object api = Arc.container().instance(bean.getBeanClass()).get();
            for (Method method : bean.getBeanClass().getMethods()) {
                Reference reference = method.getAnnotation(Reference.class);
                if (reference != null) {
                    Class<?> parent = (Class<?>) ((ParameterizedType) method.getGenericParameterTypes()[0])
                            .getActualTypeArguments()[0];
                    QuarkusTransaction.requiringNew().run(() -> answersTheNamedEntity(api, method, parent, reference));
                    checked.add(method.getName());
                }
            }
        }
        assertEquals(Set.of("imposer", "target", "trigger", "member", "organisation", "subject", "object", "place",
                "source"), Set.copyOf(checked), "the @Reference methods checked");
    }

    private static void answersTheNamedEntity(Object api, Method method, Class<?> parent, Reference reference) {
        try {
            List<?> parents = (List<?>) parent.getMethod("listAll").invoke(null);
            List<?> answers = (List<?>) method.invoke(api, parents);
            PropertyAccessor id = PropertyAccessor.find(parent, reference.idField());
            assertEquals(parents.size(), answers.size(), method.getName() + ": one answer per parent");
            for (int i = 0; i < parents.size(); i++) {
                Object expected = id.read(parents.get(i));
                Object answer = answers.get(i);
                assertEquals(expected, answer == null ? null : ((KnowledgeEntity) answer).id,
                        method.getName() + " of " + parent.getSimpleName() + " " + ((KnowledgeEntity) parents.get(i)).id);
            }
        } catch (Exception e) {
            throw new AssertionError(method.getName() + " could not be called", e);
        }
    }
}
