package org.multivector.paging;

import org.multivector.config.MultivectorConfig;
import org.multivector.errors.InvalidArgumentException;

/**
 * A validated {@code first}/{@code after} pair.
 *
 * @param size how many rows the page holds at most
 * @param after where the page starts, or null for the first page
 */
public record PageRequest(int size, Cursor after) {

    public static PageRequest of(Integer first, String after, String connection, MultivectorConfig.Paging paging) {
        int size = first == null ? paging.defaultSize() : first;
        if (size < 0 || size > paging.maxSize()) {
            throw new InvalidArgumentException("Argument 'first' must be between 0 and " + paging.maxSize()
                    + ", got " + first);
        }
        return new PageRequest(size, after == null ? null : Cursor.decode(after, connection));
    }
}
