package org.multivector.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Refuses {@link EditorOnly} calls of anyone without the editor role. Unlike
 * {@code @RolesAllowed}, whose refusal SmallRye GraphQL reports as a bare "System error", this
 * says what is needed, under a stable code.
 */
@EditorOnly
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class EditorOnlyInterceptor {

    @Inject
    SecurityIdentity identity;

    @AroundInvoke
    Object requireEditor(InvocationContext context) throws Exception {
        if (!identity.hasRole(Roles.EDITOR)) {
            throw new NotAnEditorException();
        }
        return context.proceed();
    }
}
