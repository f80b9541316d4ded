package org.multivector.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.multivector.config.MultivectorConfig;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The one editor, user {@value #EDITOR_USER}, whose password is the environment variable
 * {@code MULTIVECTOR_EDITOR_PASSWORD}. Without it no editor exists and every write is refused.
 * A failed login never says whether the user or the password was wrong.
 */
@ApplicationScoped
public class EditorIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    public static final String EDITOR_USER = "editor";

    private static final Logger LOG = Logger.getLogger(EditorIdentityProvider.class);

    private final Optional<byte[]> password;

    EditorIdentityProvider(MultivectorConfig config) {
        this.password = config.editor().password()
                .filter(value -> !value.isEmpty())
                .map(value -> value.getBytes(StandardCharsets.UTF_8));
    }

    void announce(@Observes StartupEvent event) {
        if (password.isEmpty()) {
            LOG.warn("No editor exists: set MULTIVECTOR_EDITOR_PASSWORD to allow writes. Reads stay public.");
        } else {
            LOG.infof("Writes need HTTP Basic credentials of the user '%s'", EDITOR_USER);
        }
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        boolean userMatches = MessageDigest.isEqual(EDITOR_USER.getBytes(StandardCharsets.UTF_8),
                request.getUsername().getBytes(StandardCharsets.UTF_8));
        boolean passwordMatches = password.isPresent() && MessageDigest.isEqual(password.get(),
                new String(request.getPassword().getPassword()).getBytes(StandardCharsets.UTF_8));
        if (!(userMatches && passwordMatches)) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(EDITOR_USER))
                .addRole(Roles.EDITOR)
                .build());
    }
}
