package org.multivector.dataset;

/** A dataset that cannot be imported: the message says where and why. Nothing of it was written. */
public class DatasetException extends RuntimeException {

    public DatasetException(String message) {
        super(message);
    }
}
