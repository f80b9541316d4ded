package org.multivector.input;

import org.multivector.common.Text;
import org.multivector.errors.InvalidArgumentException;

/**
 * Ids arrive as GraphQL {@code ID} strings; parsing them here gives a clear error for a
 * malformed one instead of the scalar coercion's.
 */
public final class Ids {

    private Ids() {
    }

    /** The numeric id in {@code value}, or an error naming {@code argument}. */
    public static long parse(String value, String argument) {
        Long id = valueOf(value);
        if (id == null) {
            throw new InvalidArgumentException("Argument '" + argument + "' is not an id of this service: '"
                    + Text.abbreviate(value, 40) + "'");
        }
        return id;
    }

    /** The numeric id in the input field at {@code path} ({@code input.evidence[0].sourceId}), or an error naming it. */
    public static long parseField(String value, String path) {
        Long id = valueOf(value);
        if (id == null) {
            throw new InvalidArgumentException(path + ": '" + Text.abbreviate(value, 40) + "' is not an id of this service");
        }
        return id;
    }

    private static Long valueOf(String value) {
        try {
            long id = Long.parseLong(value.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
