package org.multivector.errors;

import io.smallrye.graphql.api.ErrorCode;

/** A name or id in the request refers to nothing the service holds. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends ApiException {

    public NotFoundException(String message) {
        super(message);
    }
}
