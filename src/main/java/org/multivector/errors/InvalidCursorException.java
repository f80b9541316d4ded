package org.multivector.errors;

import org.multivector.common.Text;

import io.smallrye.graphql.api.ErrorCode;

/** An {@code after} cursor that this connection did not issue. */
@ErrorCode("INVALID_CURSOR")
public class InvalidCursorException extends ApiException {

    public InvalidCursorException(String cursor) {
        super("Invalid cursor '" + Text.abbreviate(cursor, 80)
                + "' in argument 'after': pass an endCursor or edge cursor returned by this same connection");
    }
}
