package org.multivector.errors;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The write met another write of the same unique value at the same moment, and the database
 * refused one of them. Sent again once the other has ended, it goes through, or is refused
 * with the holder of the value named. The mutations that write names send it again once
 * themselves ({@code @Retry}).
 */
@ErrorCode("CONFLICT")
public class ConcurrentWriteException extends ConflictException {

    public ConcurrentWriteException(String message) {
        super(message);
    }
}
