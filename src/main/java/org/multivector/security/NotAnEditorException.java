package org.multivector.security;

import org.multivector.errors.ApiException;

import io.smallrye.graphql.api.ErrorCode;

/** A write by someone who is not the editor. */
@ErrorCode("UNAUTHORIZED")
public class NotAnEditorException extends ApiException {

    public NotAnEditorException() {
        super("Writes need the editor: send HTTP Basic credentials of the user '" + EditorIdentityProvider.EDITOR_USER
                + "'");
    }
}
