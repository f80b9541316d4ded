package org.multivector.dataset;

/** A dataset, or a part of one, that cannot be imported: the message says where and why. */
public class DatasetException extends RuntimeException {

    public DatasetException(String message) {
        super(message);
    }
}
