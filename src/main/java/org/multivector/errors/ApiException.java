package org.multivector.errors;

/**
 * A failure caused by the request, whose message is safe and useful to show to the client.
 * Only this hierarchy's messages reach clients (see {@code show-runtime-exception-message});
 * any other exception is reported as a generic server error.
 */
public abstract class ApiException extends RuntimeException {

    protected ApiException(String message) {
        super(message, null, false, false);
    }
}
