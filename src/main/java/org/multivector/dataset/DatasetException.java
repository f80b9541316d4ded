package org.multivector.dataset;

/** A dataset that cannot be imported: the message says where and why. Nothing of it was written. */
public class DatasetException extends RuntimeException {

    public DatasetException(String message) {
        super(message);
    }

    /** This problem as found in the dataset at {@code location}, unless the message names it already. */
    DatasetException in(String location) {
        return getMessage().startsWith(location + ": ") ? this : new DatasetException(location + ": " + getMessage());
    }
}
