package org.multivector.errors;

import io.smallrye.graphql.api.ErrorCode;

/** The write would break a rule of the stored data: a taken name, a record still in use. */
@ErrorCode("CONFLICT")
public class ConflictException extends ApiException {

    public ConflictException(String message) {
        super(message);
    }
}
